#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kakanai {

enum class Role { Clerk, Reception, Supervisor, Administrator };

// Everything the application protects. Each protected action in the code
// asks Permissions::allows() before it acts; docs/security.md has the table.
enum class Action {
    ReadCard,              // read the 4 facts from a My Number card
    ReadIndividualNumber,  // read EF 0001 when the procedure needs it
    RevealIndividualNumber,// show the number unmasked on screen (audited)
    CompleteVisit,         // save a visit as a record
    IssueTicket,
    CallTicket,
    BookAppointment,
    ViewOutbox,
    ResendRejected,        // resend a record the back office rejected
    ExportCsv,
    ViewStatistics,
    ViewAudit,
    ExportAudit,
    ManageStaff,           // create, deactivate, reset passwords
    ChangeSettings,
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static bool allows(Role role, Action action);

    static QString roleName(Role role);            // "clerk", … (stored in the database)
    static std::optional<Role> roleFromName(const QString &name);
    static QString displayName(Role role);         // translated
    static QString actionName(Action action);      // for audit entries: "reveal-individual-number", …
    static QList<Action> allActions();
    static QList<Role> allRoles();
};

} // namespace kakanai
