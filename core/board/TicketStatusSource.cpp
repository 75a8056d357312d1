#include "TicketStatusSource.h"

namespace kakanai::board {

TicketStatusSource::~TicketStatusSource() = default;

QJsonObject TicketStatusView::toJson() const
{
    const auto names = [](const QString &ja, const QString &en) {
        return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
    };
    const bool atCounter = !counterNameJa.isEmpty() || !counterNameEn.isEmpty();
    return {{QStringLiteral("ticket"), display},
            {QStringLiteral("category"), names(categoryNameJa, categoryNameEn)},
            {QStringLiteral("state"), state},
            {QStringLiteral("peopleAhead"), peopleAhead},
            {QStringLiteral("estimatedWaitMinutes"),
             estimatedWaitMinutes ? QJsonValue(*estimatedWaitMinutes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("counterName"),
             atCounter ? QJsonValue(names(counterNameJa, counterNameEn)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("readAt"),
             readAt.isValid() ? QJsonValue(readAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("stale"), stale}};
}

} // namespace kakanai::board
