// A BoardServer alone, for the web board test in Chromium (board-web.test.mjs).
//   board_fixture [PORT]
// Listens on 127.0.0.1, PORT or any free one, and prints "port N". Then reads one JSON
// command per line on stdin and answers "ok" (or "error …") per line:
//   {"publish": {…}}   a snapshot in the BoardSnapshot::toJson shape, published
//   {"ticket": {"id": "<uuid>", "view": {…}}}   the fake TicketStatusSource's answer
//                                               for that id (TicketStatusView::toJson shape)
//   {"ticketsFail": true}   every ticket read fails (情報更新停止中)
//   {"quit": true}
#include "board/BoardServer.h"
#include "board/TicketStatusSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <unistd.h>

#include <cstdio>

using namespace kakanai;

namespace {

class FixtureTickets : public board::TicketStatusSource {
public:
    Result<std::optional<board::TicketStatusView>> ticketStatus(const QString &ticketId) override
    {
        if (failing)
            return fail(ErrorCode::StoreUnreachable, QStringLiteral("the fixture's store is down"), QStringLiteral("fixture"));
        if (!views.contains(ticketId))
            return std::optional<board::TicketStatusView>();
        return std::optional<board::TicketStatusView>(views.value(ticketId));
    }
    QHash<QString, board::TicketStatusView> views;
    bool failing = false;
};

QDateTime utc(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

std::optional<int> optionalInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QList<queue::BoardSnapshot::Call> calls(const QJsonValue &v)
{
    QList<queue::BoardSnapshot::Call> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonObject names = o.value(QStringLiteral("counterName")).toObject();
        out.append({o.value(QStringLiteral("ticket")).toString(), o.value(QStringLiteral("counter")).toString(),
                    names.value(QStringLiteral("ja")).toString(), names.value(QStringLiteral("en")).toString(),
                    utc(o.value(QStringLiteral("calledAt"))), o.value(QStringLiteral("callCount")).toInt(1)});
    }
    return out;
}

queue::BoardSnapshot snapshotFrom(const QJsonObject &o)
{
    queue::BoardSnapshot s;
    s.officeName = o.value(QStringLiteral("office")).toString();
    s.readAt = utc(o.value(QStringLiteral("readAt")));
    s.stale = o.value(QStringLiteral("stale")).toBool();
    s.revision = static_cast<quint64>(o.value(QStringLiteral("revision")).toInteger());
    s.nowCalling = calls(o.value(QStringLiteral("nowCalling")));
    s.recentlyCalled = calls(o.value(QStringLiteral("recentlyCalled")));
    for (const QJsonValue &item : o.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = item.toObject();
        const QJsonObject names = c.value(QStringLiteral("name")).toObject();
        s.categories.append({c.value(QStringLiteral("code")).toString(), c.value(QStringLiteral("prefix")).toString(),
                             names.value(QStringLiteral("ja")).toString(), names.value(QStringLiteral("en")).toString(),
                             c.value(QStringLiteral("waiting")).toInt(), c.value(QStringLiteral("countersOpen")).toInt(),
                             optionalInt(c.value(QStringLiteral("estimatedWaitMinutes")))});
    }
    return s;
}

board::TicketStatusView viewFrom(const QJsonObject &o)
{
    board::TicketStatusView v;
    v.display = o.value(QStringLiteral("ticket")).toString();
    const QJsonObject category = o.value(QStringLiteral("category")).toObject();
    v.categoryNameJa = category.value(QStringLiteral("ja")).toString();
    v.categoryNameEn = category.value(QStringLiteral("en")).toString();
    v.state = o.value(QStringLiteral("state")).toString();
    v.peopleAhead = o.value(QStringLiteral("peopleAhead")).toInt();
    v.estimatedWaitMinutes = optionalInt(o.value(QStringLiteral("estimatedWaitMinutes")));
    const QJsonObject counter = o.value(QStringLiteral("counterName")).toObject();
    v.counterNameJa = counter.value(QStringLiteral("ja")).toString();
    v.counterNameEn = counter.value(QStringLiteral("en")).toString();
    v.readAt = utc(o.value(QStringLiteral("readAt")));
    v.stale = o.value(QStringLiteral("stale")).toBool();
    return v;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FixtureTickets tickets;
    board::BoardServer server(&tickets);
    const quint16 port = argc > 1 ? static_cast<quint16>(QByteArray(argv[1]).toUInt()) : 0;
    if (const Status listening = server.listen(QHostAddress::LocalHost, port); !listening) {
        say("error " + listening.error().toString().toUtf8());
        return 1;
    }
    say("port " + QByteArray::number(server.serverPort()));

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the test went away
            input.setEnabled(false);
            app.quit();
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject command = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError) {
                say("error " + error.errorString().toUtf8());
                continue;
            }
            if (command.contains(QStringLiteral("publish"))) {
                server.publish(snapshotFrom(command.value(QStringLiteral("publish")).toObject()));
            } else if (command.contains(QStringLiteral("ticket"))) {
                const QJsonObject t = command.value(QStringLiteral("ticket")).toObject();
                tickets.views.insert(t.value(QStringLiteral("id")).toString(),
                                     viewFrom(t.value(QStringLiteral("view")).toObject()));
            } else if (command.contains(QStringLiteral("ticketsFail"))) {
                tickets.failing = command.value(QStringLiteral("ticketsFail")).toBool();
            } else if (command.value(QStringLiteral("quit")).toBool()) {
                say("ok");
                app.quit();
                return;
            } else {
                say("error unknown command");
                continue;
            }
            say("ok");
        }
    });
    return app.exec();
}
