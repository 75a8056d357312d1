// BoardServer on 127.0.0.1: the WebSocket push (current snapshot on connect,
// every publish to every page), the JSON and page routes with their headers,
// the ticket pages over a fake TicketStatusSource, and a port already taken.
#include "board/BoardServer.h"
#include "board/TicketStatusSource.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace kakanai;
using kakanai::board::BoardServer;
using kakanai::board::TicketStatusSource;
using kakanai::board::TicketStatusView;
using kakanai::queue::BoardSnapshot;

namespace {

const QString kKnownTicket = QStringLiteral("6f1c2b9e-3d4a-4c8e-9b7f-0a1b2c3d4e5f");
const QString kUnknownTicket = QStringLiteral("00000000-0000-4000-8000-000000000000");

class FakeTickets : public TicketStatusSource {
public:
    Result<std::optional<TicketStatusView>> ticketStatus(const QString &ticketId) override
    {
        asked.append(ticketId);
        if (failing)
            return fail(ErrorCode::StoreUnreachable, QStringLiteral("store down"), QStringLiteral("test"));
        if (!views.contains(ticketId))
            return std::optional<TicketStatusView>();
        return std::optional<TicketStatusView>(views.value(ticketId));
    }
    QHash<QString, TicketStatusView> views;
    QStringList asked;
    bool failing = false;
};

BoardSnapshot sample(quint64 revision, const QString &calling = QStringLiteral("A012"))
{
    BoardSnapshot s;
    s.officeName = QStringLiteral("かなで市役所 市民課");
    s.readAt = QDateTime(QDate(2026, 4, 1), QTime(1, 2, 3, 456), Qt::UTC);
    s.revision = revision;
    s.nowCalling = {{calling, QStringLiteral("3"), QStringLiteral("3番窓口"), QStringLiteral("Counter 3"),
                     s.readAt.addSecs(-20), 1}};
    s.recentlyCalled = {{QStringLiteral("A011"), QStringLiteral("1"), QStringLiteral("1番窓口"),
                         QStringLiteral("Counter 1"), s.readAt.addSecs(-300), 2}};
    s.categories = {{QStringLiteral("certificates"), QStringLiteral("A"), QStringLiteral("証明書"),
                     QStringLiteral("Certificates"), 5, 2, 12},
                    {QStringLiteral("moving"), QStringLiteral("B"), QStringLiteral("転入・転出"),
                     QStringLiteral("Moving in/out"), 0, 0, std::nullopt}};
    return s;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QNetworkReply *reply = nullptr; // for its headers; deleted with the test's manager
    QByteArray header(const char *name) const { return reply->rawHeader(name); }
};

} // namespace

class TestBoardServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeTickets> m_tickets;
    std::unique_ptr<BoardServer> m_board;
    std::unique_ptr<QNetworkAccessManager> m_net;

    QUrl url(const QString &path, const char *scheme = "http") const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(QLatin1String(scheme)).arg(m_board->serverPort()).arg(path));
    }

    // A request and its whole answer; status 0 if none came.
    HttpAnswer request(const QString &path, const QByteArray &verb = "GET")
    {
        QNetworkRequest req(url(path));
        QNetworkReply *reply = m_net->sendCustomRequest(req, verb);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return {0, {}, reply};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply};
    }

    std::unique_ptr<QWebSocket> openSocket(const QString &path = QStringLiteral("/ws"))
    {
        auto socket = std::make_unique<QWebSocket>();
        socket->open(url(path, "ws"));
        return socket;
    }

    static void verifySecurityHeaders(const HttpAnswer &a)
    {
        QCOMPARE(a.header("Content-Security-Policy"), QByteArray("default-src 'self'"));
        QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(a.header("Referrer-Policy"), QByteArray("no-referrer"));
    }

private slots:
    void init()
    {
        m_tickets = std::make_unique<FakeTickets>();
        m_board = std::make_unique<BoardServer>(m_tickets.get());
        m_net = std::make_unique<QNetworkAccessManager>();
        const Status listening = m_board->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.has_value(), qPrintable(listening ? QString() : listening.error().toString()));
        QVERIFY(m_board->isListening());
        QVERIFY(m_board->serverPort() != 0);
    }

    void cleanup()
    {
        m_net.reset();
        m_board.reset();
        m_tickets.reset();
    }

    void socketGetsTheCurrentSnapshotOnConnect()
    {
        const BoardSnapshot s = sample(7);
        m_board->publish(s);
        auto socket = openSocket();
        QSignalSpy messages(socket.get(), &QWebSocket::textMessageReceived);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(0).toString().toUtf8(), compact(s.toJson()));
        QCOMPARE(m_board->clientCount(), 1);
    }

    void socketBeforeAnyPublishGetsNoData()
    {
        auto socket = openSocket();
        QSignalSpy messages(socket.get(), &QWebSocket::textMessageReceived);
        QTRY_COMPARE(messages.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("readAt")).isNull()); // the page shows "—", not 0
        QCOMPARE(o.value(QStringLiteral("revision")).toInteger(), qint64(0));
    }

    void publishReachesEveryPage()
    {
        m_board->publish(sample(1));
        auto first = openSocket();
        auto second = openSocket();
        QSignalSpy firstMessages(first.get(), &QWebSocket::textMessageReceived);
        QSignalSpy secondMessages(second.get(), &QWebSocket::textMessageReceived);
        QTRY_COMPARE(firstMessages.size(), 1);
        QTRY_COMPARE(secondMessages.size(), 1);
        QCOMPARE(m_board->clientCount(), 2);

        const BoardSnapshot next = sample(2, QStringLiteral("A013"));
        QElapsedTimer timer;
        timer.start();
        m_board->publish(next);
        QTRY_COMPARE(firstMessages.size(), 2);
        QTRY_COMPARE(secondMessages.size(), 2);
        const qint64 elapsedMs = timer.elapsed();
        QCOMPARE(firstMessages.at(1).at(0).toString().toUtf8(), compact(next.toJson()));
        QCOMPARE(secondMessages.at(1).at(0).toString().toUtf8(), compact(next.toJson()));
        qInfo("publish -> both sockets: %lld ms", elapsedMs);
        QVERIFY2(elapsedMs < 100, "a call reaches the board within 100 ms");
    }

    void keepAliveRepeatsTheCurrentSnapshot()
    {
        // So that a page hears from the app even when nothing changes, and
        // can tell a dead connection from a quiet office.
        const BoardSnapshot s = sample(9);
        m_board->publish(s);
        m_board->setKeepAliveInterval(std::chrono::milliseconds(50));
        auto socket = openSocket();
        QSignalSpy messages(socket.get(), &QWebSocket::textMessageReceived);
        QTRY_VERIFY(messages.size() >= 3);
        for (const auto &message : std::as_const(messages))
            QCOMPARE(message.at(0).toString().toUtf8(), compact(s.toJson()));
    }

    void closedPageIsForgotten()
    {
        auto socket = openSocket();
        QSignalSpy count(m_board.get(), &BoardServer::clientCountChanged);
        QTRY_COMPARE(m_board->clientCount(), 1);
        socket->close();
        QTRY_COMPARE(m_board->clientCount(), 0);
        m_board->publish(sample(3)); // nobody left to send to: nothing breaks
        QVERIFY(count.size() >= 1);
    }

    void socketOnAnotherPathIsRefused()
    {
        // Qt 6.4 asks the server about every upgrade; only /ws becomes a socket.
        auto socket = openSocket(QStringLiteral("/elsewhere"));
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        QSignalSpy failed(socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error)); // errorOccurred from 6.5 on
        QTRY_VERIFY(failed.size() >= 1);
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(connected.size(), 0);
        QCOMPARE(m_board->clientCount(), 0);
        // The board's own socket still works afterwards.
        auto board = openSocket();
        QSignalSpy messages(board.get(), &QWebSocket::textMessageReceived);
        QTRY_COMPARE(messages.size(), 1);
    }

    void apiBoardIsTheCurrentSnapshot()
    {
        const BoardSnapshot s = sample(4);
        m_board->publish(s);
        const HttpAnswer a = request(QStringLiteral("/api/board"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, compact(s.toJson()));
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
        verifySecurityHeaders(a);
    }

    void statusJsonForAnyOrigin()
    {
        BoardSnapshot s = sample(5);
        s.stale = true;
        m_board->publish(s);
        const HttpAnswer a = request(QStringLiteral("/status.json"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, compact(s.statusJson()));
        QVERIFY(!a.body.contains("nowCalling")); // 混雑状況: counts only
        QCOMPARE(a.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        verifySecurityHeaders(a);
    }

    void staticFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("board page") << QStringLiteral("/") << QByteArray("text/html; charset=utf-8") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("board.js") << QStringLiteral("/board.js") << QByteArray("text/javascript; charset=utf-8") << QByteArray("// The calling board");
        QTest::newRow("board.css") << QStringLiteral("/board.css") << QByteArray("text/css; charset=utf-8") << QByteArray("/* The calling board");
        QTest::newRow("chime") << QStringLiteral("/chime.wav") << QByteArray("audio/wav") << QByteArray("RIFF");
        QTest::newRow("status page") << QStringLiteral("/status") << QByteArray("text/html; charset=utf-8") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("board-common.js") << QStringLiteral("/board-common.js") << QByteArray("text/javascript; charset=utf-8") << QByteArray("// Shared by the calling board");
        QTest::newRow("status.js") << QStringLiteral("/status.js") << QByteArray("text/javascript; charset=utf-8") << QByteArray("// 混雑状況");
        QTest::newRow("ticket.js") << QStringLiteral("/ticket.js") << QByteArray("text/javascript; charset=utf-8") << QByteArray("// The citizen");
    }

    void staticFiles()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, start);
        const HttpAnswer a = request(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), contentType);
        QVERIFY2(a.body.startsWith(start), a.body.left(40).constData());
        verifySecurityHeaders(a);
        // The CSP forbids inline script: every script is a file.
        if (contentType.startsWith("text/html"))
            QVERIFY(!a.body.contains("<script>"));
    }

    void chimeIsTheBundledSound()
    {
        QFile bundled(QStringLiteral(":/kakanai/sounds/chime.wav"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        const HttpAnswer a = request(QStringLiteral("/chime.wav"));
        QCOMPARE(a.body, bundled.readAll());
        QVERIFY(a.body.size() > 20000);
    }

    void unknownPathAndMethod()
    {
        const HttpAnswer missing = request(QStringLiteral("/nothing-here"));
        QCOMPARE(missing.status, 404);
        verifySecurityHeaders(missing);
        const HttpAnswer posted = request(QStringLiteral("/api/board"), "POST");
        QCOMPARE(posted.status, 405);
        QCOMPARE(posted.header("Allow"), QByteArray("GET"));
        verifySecurityHeaders(posted);
    }

    void ticketPages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("sourceFails");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("contains");
        const QByteArray html("text/html; charset=utf-8");
        const QByteArray json("application/json; charset=utf-8");
        QTest::newRow("api known") << QStringLiteral("/api/ticket/") + kKnownTicket << false << 200 << json << QByteArray("\"ticket\":\"A012\"");
        QTest::newRow("page known") << QStringLiteral("/ticket/") + kKnownTicket << false << 200 << html << QByteArray(">A012</div>");
        QTest::newRow("page known, upper case") << QStringLiteral("/ticket/") + kKnownTicket.toUpper() << false << 200 << html << QByteArray("A012");
        QTest::newRow("api unknown") << QStringLiteral("/api/ticket/") + kUnknownTicket << false << 404 << json << QByteArray("not-found");
        QTest::newRow("page unknown") << QStringLiteral("/ticket/") + kUnknownTicket << false << 404 << html << QByteArray("Ticket not found");
        QTest::newRow("api not a uuid") << QStringLiteral("/api/ticket/A012") << false << 400 << json << QByteArray("bad-ticket-id");
        QTest::newRow("page not a uuid") << QStringLiteral("/ticket/..%2F..%2Fetc") << false << 400 << html << QByteArray("Not a ticket address");
        QTest::newRow("api source fails") << QStringLiteral("/api/ticket/") + kKnownTicket << true << 503 << json << QByteArray("unavailable");
        QTest::newRow("page source fails") << QStringLiteral("/ticket/") + kKnownTicket << true << 503 << html << QByteArray("情報更新停止中");
    }

    void ticketPages()
    {
        QFETCH(QString, path);
        QFETCH(bool, sourceFails);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, contains);
        TicketStatusView view;
        view.display = QStringLiteral("A012");
        view.categoryNameJa = QStringLiteral("証明書");
        view.categoryNameEn = QStringLiteral("Certificates");
        view.state = QStringLiteral("waiting");
        view.peopleAhead = 3;
        view.estimatedWaitMinutes = 9;
        view.readAt = QDateTime(QDate(2026, 4, 1), QTime(1, 2, 3), Qt::UTC);
        m_tickets->views.insert(kKnownTicket, view);
        m_tickets->failing = sourceFails;

        const HttpAnswer a = request(path);
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("Content-Type"), contentType);
        QVERIFY2(a.body.contains(contains), a.body.constData());
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
        verifySecurityHeaders(a);
        if (status == 400)
            QVERIFY(m_tickets->asked.isEmpty()); // never asked the store about a non-id
        else
            QCOMPARE(m_tickets->asked, QStringList{path.section(QLatin1Char('/'), -1).toLower()});
        if (status == 200 && contentType.startsWith("application/json"))
            QCOMPARE(a.body, compact(view.toJson()));
    }

    void ticketJsonFields()
    {
        TicketStatusView view;
        view.display = QStringLiteral("B003");
        view.state = QStringLiteral("called");
        view.counterNameJa = QStringLiteral("2番窓口");
        view.counterNameEn = QStringLiteral("Counter 2");
        const QJsonObject o = view.toJson();
        QCOMPARE(o.value(QStringLiteral("ticket")).toString(), QStringLiteral("B003"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("called"));
        QCOMPARE(o.value(QStringLiteral("counterName")).toObject().value(QStringLiteral("en")).toString(),
                 QStringLiteral("Counter 2"));
        QVERIFY(o.value(QStringLiteral("estimatedWaitMinutes")).isNull());
        QVERIFY(o.value(QStringLiteral("readAt")).isNull());
        view.counterNameJa.clear();
        view.counterNameEn.clear();
        QVERIFY(view.toJson().value(QStringLiteral("counterName")).isNull());
    }

    void ticketNumberIsEscapedInThePage()
    {
        TicketStatusView view;
        view.display = QStringLiteral("<b>A1</b>");
        view.state = QStringLiteral("waiting");
        m_tickets->views.insert(kKnownTicket, view);
        const HttpAnswer a = request(QStringLiteral("/ticket/") + kKnownTicket);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("&lt;b&gt;A1&lt;/b&gt;"));
        QVERIFY(!a.body.contains("<b>A1"));
    }

    void noTicketSourceMeansNoTicketPages()
    {
        BoardServer board;
        QVERIFY(board.listen(QHostAddress::LocalHost, 0).has_value());
        QNetworkReply *reply = m_net->get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/ticket/%2").arg(board.serverPort()).arg(kKnownTicket))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }

    void portAlreadyTaken()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        BoardServer board;
        const Status taken = board.listen(QHostAddress::LocalHost, other.serverPort());
        QVERIFY(!taken.has_value());
        QCOMPARE(taken.error().code(), ErrorCode::Io);
        QVERIFY2(taken.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(other.serverPort())),
                 qPrintable(taken.error().message()));
        QVERIFY(!board.isListening());
        QCOMPARE(board.serverPort(), quint16(0));
        board.publish(sample(1)); // still a working object
        // Another port works.
        QVERIFY(board.listen(QHostAddress::LocalHost, 0).has_value());
        QVERIFY(board.isListening());
    }

    void badAddressAndSecondListen()
    {
        BoardServer board;
        const Status bad = board.listen(QHostAddress(), 0);
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(board.listen(QHostAddress::LocalHost, 0).has_value());
        const Status again = board.listen(QHostAddress::LocalHost, 0);
        QVERIFY(!again.has_value());
        QCOMPARE(again.error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestBoardServer)
#include "tst_board_server.moc"
