#include "BoardSnapshot.h"

#include <QJsonArray>

namespace kakanai::queue {
namespace {

QJsonValue utcText(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject names(const QString &ja, const QString &en)
{
    return {{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

QJsonArray calls(const QList<BoardSnapshot::Call> &list)
{
    QJsonArray out;
    for (const auto &c : list)
        out.append(QJsonObject{{QStringLiteral("ticket"), c.ticket},
                               {QStringLiteral("counter"), c.counterId},
                               {QStringLiteral("counterName"), names(c.counterNameJa, c.counterNameEn)},
                               {QStringLiteral("calledAt"), utcText(c.calledAt)},
                               {QStringLiteral("callCount"), c.callCount}});
    return out;
}

QJsonArray categoryList(const QList<BoardSnapshot::Category> &list)
{
    QJsonArray out;
    for (const auto &c : list)
        out.append(QJsonObject{{QStringLiteral("code"), c.code},
                               {QStringLiteral("prefix"), c.prefix},
                               {QStringLiteral("name"), names(c.nameJa, c.nameEn)},
                               {QStringLiteral("waiting"), c.waiting},
                               {QStringLiteral("countersOpen"), c.countersOpen},
                               {QStringLiteral("estimatedWaitMinutes"),
                                c.estimatedWaitMinutes ? QJsonValue(*c.estimatedWaitMinutes)
                                                       : QJsonValue(QJsonValue::Null)}});
    return out;
}

} // namespace

QJsonObject BoardSnapshot::toJson() const
{
    QJsonObject o = statusJson();
    o.insert(QStringLiteral("revision"), static_cast<qint64>(revision));
    o.insert(QStringLiteral("nowCalling"), calls(nowCalling));
    o.insert(QStringLiteral("recentlyCalled"), calls(recentlyCalled));
    return o;
}

QJsonObject BoardSnapshot::statusJson() const
{
    return {{QStringLiteral("office"), officeName},
            {QStringLiteral("readAt"), utcText(readAt)},
            {QStringLiteral("stale"), stale},
            {QStringLiteral("categories"), categoryList(categories)}};
}

} // namespace kakanai::queue
