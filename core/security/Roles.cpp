#include "Roles.h"

namespace kakanai {

bool Permissions::allows(Role role, Action action)
{
    switch (action) {
    // The counter's work: clerks and supervisors. Reception issues tickets and
    // books, but never touches card data.
    case Action::ReadCard:
    case Action::ReadIndividualNumber:
    case Action::RevealIndividualNumber:
    case Action::CompleteVisit:
        return role == Role::Clerk || role == Role::Supervisor;
    case Action::IssueTicket:
    case Action::CallTicket:
    case Action::BookAppointment:
        return role != Role::Administrator;
    case Action::ViewOutbox:
        return role == Role::Clerk || role == Role::Supervisor || role == Role::Administrator;
    case Action::ResendRejected:
    case Action::ExportCsv:
    case Action::ViewStatistics:
    case Action::ViewAudit:
    case Action::ExportAudit:
        return role == Role::Supervisor || role == Role::Administrator;
    // Administrators run the system, they do not serve citizens: keeping the
    // two apart means no single account can both read cards and rewrite staff.
    case Action::ManageStaff:
    case Action::ChangeSettings:
        return role == Role::Administrator;
    }
    return false;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Reception: return QStringLiteral("reception");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> Permissions::roleFromName(const QString &name)
{
    for (Role r : allRoles())
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString Permissions::displayName(Role role)
{
    switch (role) {
    case Role::Clerk: return tr("Counter clerk");
    case Role::Reception: return tr("Reception");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::ReadCard: return QStringLiteral("read-card");
    case Action::ReadIndividualNumber: return QStringLiteral("read-individual-number");
    case Action::RevealIndividualNumber: return QStringLiteral("reveal-individual-number");
    case Action::CompleteVisit: return QStringLiteral("complete-visit");
    case Action::IssueTicket: return QStringLiteral("issue-ticket");
    case Action::CallTicket: return QStringLiteral("call-ticket");
    case Action::BookAppointment: return QStringLiteral("book-appointment");
    case Action::ViewOutbox: return QStringLiteral("view-outbox");
    case Action::ResendRejected: return QStringLiteral("resend-rejected");
    case Action::ExportCsv: return QStringLiteral("export-csv");
    case Action::ViewStatistics: return QStringLiteral("view-statistics");
    case Action::ViewAudit: return QStringLiteral("view-audit");
    case Action::ExportAudit: return QStringLiteral("export-audit");
    case Action::ManageStaff: return QStringLiteral("manage-staff");
    case Action::ChangeSettings: return QStringLiteral("change-settings");
    }
    return {};
}

QList<Action> Permissions::allActions()
{
    return {Action::ReadCard, Action::ReadIndividualNumber, Action::RevealIndividualNumber, Action::CompleteVisit,
            Action::IssueTicket, Action::CallTicket, Action::BookAppointment, Action::ViewOutbox,
            Action::ResendRejected, Action::ExportCsv, Action::ViewStatistics, Action::ViewAudit,
            Action::ExportAudit, Action::ManageStaff, Action::ChangeSettings};
}

QList<Role> Permissions::allRoles()
{
    return {Role::Clerk, Role::Reception, Role::Supervisor, Role::Administrator};
}

} // namespace kakanai
