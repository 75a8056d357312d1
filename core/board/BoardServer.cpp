#include "BoardServer.h"

#include "TicketStatusSource.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QWebSocket>

namespace kakanai::board {
namespace {

Q_LOGGING_CATEGORY(lcBoard, "kakanai.board", QtInfoMsg)

using StatusCode = QHttpServerResponder::StatusCode;

const QByteArray kHtml = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

// A page only ever sends the board nothing; anything big is not a page.
constexpr qint64 kMaxIncomingMessage = 4096;

struct StaticFile {
    const char *path;
    const char *resource;
    const char *contentType;
};

// The pages are files (no inline script: the CSP forbids it), compiled in
// from core/board/web and resources/sounds.
constexpr StaticFile kStaticFiles[] = {
    {"/", ":/kakanai/board-web/index.html", "text/html; charset=utf-8"},
    {"/board.js", ":/kakanai/board-web/board.js", "text/javascript; charset=utf-8"},
    {"/board-common.js", ":/kakanai/board-web/board-common.js", "text/javascript; charset=utf-8"},
    {"/board.css", ":/kakanai/board-web/board.css", "text/css; charset=utf-8"},
    {"/status", ":/kakanai/board-web/status.html", "text/html; charset=utf-8"},
    {"/status.js", ":/kakanai/board-web/status.js", "text/javascript; charset=utf-8"},
    {"/ticket.js", ":/kakanai/board-web/ticket.js", "text/javascript; charset=utf-8"},
    {"/chime.wav", ":/kakanai/sounds/chime.wav", "audio/wav"},
};

QByteArray resource(const char *name)
{
    QFile file(QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcBoard) << "missing resource" << name;
        return {};
    }
    return file.readAll();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A ticket id as the office store writes it: a UUID in its 36-character form.
std::optional<QString> ticketIdFrom(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!uuid.match(text).hasMatch())
        return std::nullopt;
    return text.toLower();
}

// The few answers that are not files: both languages, like the pages.
QByteArray messagePage(const QString &titleJa, const QString &titleEn, const QString &textJa,
                       const QString &textEn, bool paused = false)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1 / %2</title><link rel=\"stylesheet\" href=\"/board.css\"></head>"
        "<body class=\"message-page\"%5><main><h1>%1<span class=\"en\">%2</span></h1>"
        "<p>%3</p><p class=\"en\">%4</p></main></body></html>\n")
                             .arg(titleJa, titleEn, textJa, textEn,
                                  paused ? QStringLiteral(" data-stale=\"true\"") : QString());
    return html.toUtf8();
}

} // namespace

// The HTTP side: Qt 6.4's QAbstractHttpServer with our own routing, so that
// every answer (404s included) gets the same security headers.
class BoardHttp : public QAbstractHttpServer {
public:
    explicit BoardHttp(BoardServer &board) : m_board(board) {}

    QTcpServer *tcp = nullptr;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Qt 6.4 asks here first about a WebSocket upgrade too: true hands the
        // socket to its WebSocket server (newWebSocketConnection), so nothing
        // may be written; false answers 404 (missingHandler) and disconnects.
        if (request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
            return request.method() == QHttpServerRequest::Method::Get && request.url().path() == QLatin1String("/ws");
        route(request, makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        notFound(makeResponder(request, socket));
    }

private:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static void send(QHttpServerResponder &&responder, const QByteArray &body, const QByteArray &contentType,
                     StatusCode status = StatusCode::Ok, const Headers &headers = {})
    {
        responder.writeStatusLine(status);
        responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        responder.writeHeader(QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("default-src 'self'"));
        responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        responder.writeHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
        for (const auto &[name, value] : headers)
            responder.writeHeader(name, value);
        responder.writeBody(body);
    }

    static void notFound(QHttpServerResponder &&responder)
    {
        send(std::move(responder),
             messagePage(QStringLiteral("ページが見つかりません"), QStringLiteral("Page not found"),
                         QStringLiteral("このアドレスのページはありません。"),
                         QStringLiteral("There is no page at this address.")),
             kHtml, StatusCode::NotFound);
    }

    void route(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        if (request.method() != QHttpServerRequest::Method::Get) {
            send(std::move(responder), QByteArrayLiteral("GET only\n"), QByteArrayLiteral("text/plain; charset=utf-8"),
                 StatusCode::MethodNotAllowed, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
            return;
        }
        const QString path = request.url().path();
        const Headers noStore = {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}};

        for (const auto &file : kStaticFiles) {
            if (path == QLatin1String(file.path)) {
                send(std::move(responder), resource(file.resource), QByteArray(file.contentType));
                return;
            }
        }
        if (path == QLatin1String("/api/board")) {
            send(std::move(responder), m_board.m_currentJson, kJson, StatusCode::Ok, noStore);
            return;
        }
        if (path == QLatin1String("/status.json")) {
            // 混雑状況 may be fetched by the municipality's own site.
            auto headers = noStore;
            headers.append({QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*")});
            send(std::move(responder), compact(m_board.m_current.statusJson()), kJson, StatusCode::Ok, headers);
            return;
        }
        if (path == QLatin1String("/favicon.ico")) {
            send(std::move(responder), {}, QByteArrayLiteral("image/x-icon"), StatusCode::NoContent);
            return;
        }
        const QString apiTicket = QStringLiteral("/api/ticket/");
        const QString pageTicket = QStringLiteral("/ticket/");
        if (path.startsWith(apiTicket)) {
            ticket(path.mid(apiTicket.size()), true, std::move(responder));
            return;
        }
        if (path.startsWith(pageTicket)) {
            ticket(path.mid(pageTicket.size()), false, std::move(responder));
            return;
        }
        notFound(std::move(responder));
    }

    void ticket(const QString &idText, bool json, QHttpServerResponder &&responder)
    {
        const Headers noStore = {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}};
        const auto answer = [&](StatusCode status, const char *error, const QByteArray &page) {
            if (json)
                send(std::move(responder), compact({{QStringLiteral("error"), QLatin1String(error)}}), kJson, status, noStore);
            else
                send(std::move(responder), page, kHtml, status, noStore);
        };

        const auto id = ticketIdFrom(idText);
        if (!id) {
            answer(StatusCode::BadRequest, "bad-ticket-id",
                   messagePage(QStringLiteral("番号札のアドレスが正しくありません"), QStringLiteral("Not a ticket address"),
                               QStringLiteral("番号札の QR コードをもう一度読み取ってください。"),
                               QStringLiteral("Please scan the QR code on your ticket again.")));
            return;
        }
        if (!m_board.m_tickets) {
            answer(StatusCode::NotFound, "not-found",
                   messagePage(QStringLiteral("番号札が見つかりません"), QStringLiteral("Ticket not found"),
                               QStringLiteral("この番号札の情報はここでは表示できません。"),
                               QStringLiteral("This ticket cannot be shown here.")));
            return;
        }
        const auto status = m_board.m_tickets->ticketStatus(*id);
        if (!status) {
            // Never a guess: the page says it cannot tell (情報更新停止中).
            qCWarning(lcBoard).noquote() << "ticket status unavailable:" << status.error().toString();
            answer(StatusCode::ServiceUnavailable, "unavailable",
                   messagePage(QStringLiteral("情報更新停止中"), QStringLiteral("Updates paused"),
                               QStringLiteral("いまは番号札の状況を確認できません。しばらくしてから、もう一度開いてください。"),
                               QStringLiteral("Your ticket's status cannot be checked right now. Please try again in a moment."),
                               true));
            return;
        }
        if (!status->has_value()) {
            answer(StatusCode::NotFound, "not-found",
                   messagePage(QStringLiteral("番号札が見つかりません"), QStringLiteral("Ticket not found"),
                               QStringLiteral("この番号札は見つかりません。本日発行の番号札か、ご確認ください。"),
                               QStringLiteral("This ticket was not found. Please check that it was issued today.")));
            return;
        }
        const TicketStatusView &view = **status;
        if (json) {
            send(std::move(responder), compact(view.toJson()), kJson, StatusCode::Ok, noStore);
            return;
        }
        // The number is in the page itself, so it shows before the script runs.
        QByteArray page = resource(":/kakanai/board-web/ticket.html");
        page.replace(QByteArrayLiteral("{{ticket}}"), view.display.toHtmlEscaped().toUtf8());
        send(std::move(responder), page, kHtml, StatusCode::Ok, noStore);
    }

    BoardServer &m_board;
};

BoardServer::BoardServer(TicketStatusSource *tickets, QObject *parent)
    : QObject(parent), m_http(std::make_unique<BoardHttp>(*this)), m_tickets(tickets),
      m_currentJson(compact(m_current.toJson()))
{
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &BoardServer::acceptWebSockets);
    m_keepAlive.setInterval(kDefaultKeepAlive);
    connect(&m_keepAlive, &QTimer::timeout, this, &BoardServer::sendToAll);
}

void BoardServer::setKeepAliveInterval(std::chrono::milliseconds interval)
{
    m_keepAlive.setInterval(interval);
}

BoardServer::~BoardServer()
{
    for (QWebSocket *socket : std::as_const(m_clients)) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

Status BoardServer::listen(const QHostAddress &address, quint16 port)
{
    const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    if (address.isNull())
        return fail(ErrorCode::InvalidArgument, tr("The web board's address is not a valid IP address."),
                    QStringLiteral("board-address"));
    if (m_http->tcp)
        return fail(ErrorCode::InvalidArgument, tr("The web board is already listening."), QStringLiteral("board-listening"));
    auto *tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(address, port)) {
        const QString detail = QStringLiteral("%1 %2").arg(where, tcp->errorString());
        delete tcp;
        return fail(ErrorCode::Io,
                    tr("The web board cannot listen on %1. Another program may be using this port: "
                       "choose another port (board/webPort) or stop that program.")
                        .arg(where),
                    detail);
    }
    m_http->bind(tcp);
    m_http->tcp = tcp;
    qCInfo(lcBoard).noquote() << "web board listening on" << QStringLiteral("%1:%2").arg(address.toString()).arg(tcp->serverPort());
    return {};
}

bool BoardServer::isListening() const
{
    return m_http->tcp && m_http->tcp->isListening();
}

quint16 BoardServer::serverPort() const
{
    return m_http->tcp ? m_http->tcp->serverPort() : 0;
}

void BoardServer::publish(const queue::BoardSnapshot &snapshot)
{
    m_current = snapshot;
    m_currentJson = compact(m_current.toJson());
    sendToAll();
    qCDebug(lcBoard) << "published revision" << snapshot.revision << "to" << m_clients.size() << "page(s)";
}

void BoardServer::sendToAll()
{
    const QString text = QString::fromUtf8(m_currentJson);
    for (QWebSocket *socket : std::as_const(m_clients)) {
        socket->sendTextMessage(text);
        socket->flush(); // out now, not at the next turn of the event loop
    }
    if (!m_clients.isEmpty())
        m_keepAlive.start(); // the next keep-alive one interval after this
}

void BoardServer::acceptWebSockets()
{
    while (m_http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http->nextPendingWebSocketConnection().release();
        if (!socket)
            continue;
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessage);
        socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessage);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { dropClient(socket); });
        m_clients.append(socket);
        // The page paints the current numbers at once, not at the next call.
        socket->sendTextMessage(QString::fromUtf8(m_currentJson));
        if (!m_keepAlive.isActive())
            m_keepAlive.start();
        emit clientCountChanged(clientCount());
    }
}

void BoardServer::dropClient(QWebSocket *socket)
{
    if (!m_clients.removeOne(socket))
        return;
    socket->deleteLater();
    if (m_clients.isEmpty())
        m_keepAlive.stop();
    emit clientCountChanged(clientCount());
}

} // namespace kakanai::board
