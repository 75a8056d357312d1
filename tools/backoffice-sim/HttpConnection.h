#pragma once

#include "HttpRequest.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace kakanai::backofficesim {

// One client connection: reads and parses requests one at a time (a second,
// pipelined request is parsed only after the first is answered), and answers,
// drops or hangs them as the server decides. Deletes itself once the socket
// is closed.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // Takes ownership of `socket`. `idleTimeoutMs`: how long a whole request
    // may take to arrive after the connection opens or the last answer; then
    // the connection is closed (408 when part of a request has come).
    HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits, int idleTimeoutMs,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }

    // Answers the current request; keeps the connection open only when
    // `keepAlive` (the request's wish) is true.
    void respond(const HttpResponse &response, bool keepAlive);
    // Answers after `delayMs` (the connection stays busy until then).
    void respondLater(int delayMs, const HttpResponse &response, bool keepAlive);
    // Closes the connection without any answer.
    void drop();
    // Never answers: keeps the socket open (reading and discarding) until the client closes it.
    void hang();

Q_SIGNALS:
    // A complete request to answer with respond()/respondLater()/drop()/hang().
    void requestReceived(kakanai::backofficesim::HttpConnection *connection,
                         const kakanai::backofficesim::HttpRequest &request);

private:
    enum class State { Reading, Busy, Hung, Closing };

    void onReadyRead();
    void processBuffered();
    void onIdleTimeout();
    void sendAndClose(const QByteArray &bytes);
    void onBytesWritten();
    void finish();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    State m_state = State::Reading;
    bool m_shutdownSent = false;
    bool m_finished = false;
    quint64 m_id;
};

} // namespace kakanai::backofficesim
