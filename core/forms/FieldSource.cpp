#include "FieldSource.h"

namespace kakanai::forms {

QString FieldSources::name(FieldSource source)
{
    switch (source) {
    case FieldSource::None: return QStringLiteral("none");
    case FieldSource::Card: return QStringLiteral("card");
    case FieldSource::PreReg: return QStringLiteral("prereg");
    case FieldSource::Visit: return QStringLiteral("visit");
    case FieldSource::BackOffice: return QStringLiteral("backoffice");
    case FieldSource::Clerk: return QStringLiteral("clerk");
    case FieldSource::Default: return QStringLiteral("default");
    }
    return {};
}

std::optional<FieldSource> FieldSources::fromName(QStringView name)
{
    for (FieldSource s : {FieldSource::None, FieldSource::Card, FieldSource::PreReg, FieldSource::Visit,
                          FieldSource::BackOffice, FieldSource::Clerk, FieldSource::Default}) {
        if (name == FieldSources::name(s))
            return s;
    }
    return std::nullopt;
}

QString FieldSources::label(FieldSource source)
{
    switch (source) {
    case FieldSource::None: return tr("empty");
    case FieldSource::Card: return tr("card");
    case FieldSource::PreReg: return tr("QR (pre-registration)");
    case FieldSource::Visit: return tr("this visit");
    case FieldSource::BackOffice: return tr("back office");
    case FieldSource::Clerk: return tr("clerk");
    case FieldSource::Default: return tr("form default");
    }
    return {};
}

} // namespace kakanai::forms
