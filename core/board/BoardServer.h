#pragma once

#include "common/Error.h"
#include "queue/BoardSnapshot.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QWebSocket;

namespace kakanai::board {

class TicketStatusSource;
class BoardHttp;

// The web calling board, the 混雑状況 status and the citizens' ticket pages,
// served by the app on the office LAN (docs/admin/board.md). Fed with
// snapshots: publish() keeps the latest and pushes it at once to every page
// connected over the WebSocket (/ws), so any TV with a browser is a board.
//
//   GET /                      the board page (board.js, board.css, chime.wav)
//   GET /api/board             the current snapshot (BoardSnapshot::toJson)
//   GET /ws                    WebSocket: the current snapshot, then every new one
//   GET /status, /status.json  混雑状況 (BoardSnapshot::statusJson), any origin may fetch
//   GET /ticket/<uuid>         one ticket for the citizen's phone; /api/ticket/<uuid> its JSON
//
// Every answer carries Content-Security-Policy: default-src 'self' (the pages
// load nothing from elsewhere and run no inline script), nosniff and
// no-referrer. Nothing served is personal data: numbers, counters, counts.
class BoardServer : public QObject {
    Q_OBJECT
public:
    // tickets: where /ticket/<uuid> reads from (not owned; must outlive the
    // server); null = no ticket pages (404).
    explicit BoardServer(TicketStatusSource *tickets = nullptr, QObject *parent = nullptr);
    ~BoardServer() override;

    // Starts listening; port 0 takes any free port (serverPort() tells which).
    // Once per server.
    Status listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    quint16 serverPort() const;

    // Keeps the snapshot as the current one and sends it to every connected
    // page now (no batching: a call must reach the board within 100 ms).
    void publish(const queue::BoardSnapshot &snapshot);
    const queue::BoardSnapshot &current() const { return m_current; }

    // The current snapshot is sent again this often, so that a page notices a
    // connection that died without closing (a cable pulled): board.js shows
    // 情報更新停止中 when it has heard nothing for three times this long.
    static constexpr std::chrono::milliseconds kDefaultKeepAlive{15000};
    void setKeepAliveInterval(std::chrono::milliseconds interval);

    // Pages connected over the WebSocket right now.
    int clientCount() const { return static_cast<int>(m_clients.size()); }

signals:
    void clientCountChanged(int count);

private:
    friend class BoardHttp;
    void acceptWebSockets();
    void dropClient(QWebSocket *socket);
    void sendToAll();

    std::unique_ptr<BoardHttp> m_http;
    TicketStatusSource *m_tickets = nullptr;
    queue::BoardSnapshot m_current;
    QByteArray m_currentJson;  // m_current.toJson(), compact: what the sockets get
    QList<QWebSocket *> m_clients;
    QTimer m_keepAlive;
};

} // namespace kakanai::board
