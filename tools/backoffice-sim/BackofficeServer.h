#pragma once

#include "FaultPlan.h"
#include "HttpRequestParser.h"
#include "RecordStore.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <expected>

namespace kakanai::backofficesim {

class HttpConnection;
struct HttpRequest;
struct HttpResponse;

struct ServerOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8780;       // 0: any free port (see BackofficeServer::serverPort)
    QString databasePath;      // empty: in-memory
    QString token;             // empty: no authentication
    FaultSpec fault;           // the fault at start
    HttpRequestParser::Limits limits;
    int idleTimeoutMs = 60000; // a whole request must arrive within this
};

// Counters since the start or the last reset (stored: records in the database).
struct SimStats {
    qint64 stored = 0;     // records in the database
    qint64 duplicates = 0; // POST /records answered 200 (same key, same body)
    qint64 conflicts = 0;  // POST /records answered 409 (same key, other body)
    qint64 requests = 0;   // POST /records received (any outcome)
    qint64 lookups = 0;    // GET /records/{key} received (any outcome)
    qint64 faulted = 0;    // record requests a fault was applied to
    QJsonObject toJson() const;
};

// The back office of docs/backoffice-api.md on plain QTcpServer, with the
// simulator's fault modes and /_sim endpoints. Single-threaded: everything
// runs in the thread's event loop.
class BackofficeServer : public QObject {
    Q_OBJECT
public:
    explicit BackofficeServer(const ServerOptions &options, QObject *parent = nullptr);
    ~BackofficeServer() override;

    struct StartError {
        enum class Kind { Database, Listen };
        Kind kind = Kind::Database;
        QString message;
    };
    // Opens the database, then listens.
    std::expected<void, StartError> start();
    // Closes every connection, stops listening, closes the database.
    void stop();

    bool isListening() const { return m_tcp.isListening(); }
    QHostAddress serverAddress() const { return m_tcp.serverAddress(); }
    quint16 serverPort() const { return m_tcp.serverPort(); }
    QUrl url() const; // http://HOST:PORT

    void setFault(const FaultSpec &spec);
    FaultSpec fault() const { return m_faults.current(); }
    SimStats stats() const;
    // Forgets every record, the fault and the counters (POST /_sim/reset).
    std::expected<void, QString> reset();

Q_SIGNALS:
    void recordStored(const QString &key);
    // A fault was applied to a record request (`mode` as in POST /_sim/fault).
    void faultApplied(const QString &mode);

private:
    void onNewConnection();
    void onRequest(kakanai::backofficesim::HttpConnection *connection,
                   const kakanai::backofficesim::HttpRequest &request);
    HttpResponse postRecord(const HttpRequest &request, QString *logKey);
    HttpResponse getRecord(const QString &key);
    HttpResponse simFault(const HttpRequest &request);
    HttpResponse simRecords();
    HttpResponse simAuditCheckpoints();
    HttpResponse simStats();
    HttpResponse simReset();
    bool isAuthorized(const HttpRequest &request) const;
    // Keeps the Kakanai-Audit-Checkpoint header of a stored record, if any.
    void keepAuditCheckpoint(const HttpRequest &request, const QString &key, const QString &receivedAt);

    ServerOptions m_options;
    QTcpServer m_tcp;
    RecordStore m_store;
    FaultPlan m_faults;
    SimStats m_counters; // stored is read from the database
    qint64 m_malformedCheckpoints = 0; // Kakanai-Audit-Checkpoint headers that were not a checkpoint
};

} // namespace kakanai::backofficesim
