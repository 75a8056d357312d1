#include "BackofficeServer.h"

#include "HttpConnection.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RecordValidator.h"
#include "SimLogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpSocket>

namespace kakanai::backofficesim {

namespace {

const QByteArray kRecords = QByteArrayLiteral("/records");
const QByteArray kRecordsPrefix = QByteArrayLiteral("/records/");

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(405, QStringLiteral("method-not-allowed"),
                                         QStringLiteral("use %1 here").arg(QString::fromLatin1(allow)));
    r.headers.append({QByteArrayLiteral("Allow"), allow});
    return r;
}

HttpResponse notFound()
{
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not-found")}});
}

HttpResponse healthy()
{
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

HttpResponse storageError(const QString &message)
{
    qCWarning(lcBackofficeSim).noquote() << QStringLiteral("storage error: %1").arg(message);
    return HttpResponse::error(500, QStringLiteral("storage"), QStringLiteral("the simulator's database failed"));
}

HttpResponse accepted(int status, const QString &key, const QString &receivedAt)
{
    HttpResponse r = HttpResponse::json(status, QJsonObject{{QStringLiteral("key"), key},
                                                            {QStringLiteral("status"), QStringLiteral("accepted")},
                                                            {QStringLiteral("receivedAt"), receivedAt}});
    if (status == 201)
        r.headers.append({QByteArrayLiteral("Location"), kRecordsPrefix + key.toLatin1()});
    return r;
}

// Compares without an early exit, so the time taken does not tell how much matched.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// The path for the log: at most 80 characters, never a query.
QString logPath(const QByteArray &path)
{
    return QString::fromLatin1(path.left(80));
}

} // namespace

QJsonObject SimStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("stored"), stored},         {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("conflicts"), conflicts},   {QStringLiteral("requests"), requests},
        {QStringLiteral("lookups"), lookups},       {QStringLiteral("faulted"), faulted},
    };
}

BackofficeServer::BackofficeServer(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_faults.set(options.fault);
    connect(&m_tcp, &QTcpServer::newConnection, this, &BackofficeServer::onNewConnection);
}

BackofficeServer::~BackofficeServer()
{
    stop();
}

std::expected<void, BackofficeServer::StartError> BackofficeServer::start()
{
    if (auto opened = m_store.open(m_options.databasePath); !opened)
        return std::unexpected(StartError{StartError::Kind::Database, opened.error()});
    m_tcp.setMaxPendingConnections(256);
    if (!m_tcp.listen(m_options.address, m_options.port)) {
        const QString message = QStringLiteral("cannot listen on %1 port %2: %3")
                                    .arg(m_options.address.toString())
                                    .arg(m_options.port)
                                    .arg(m_tcp.errorString());
        m_store.close();
        return std::unexpected(StartError{StartError::Kind::Listen, message});
    }
    qCInfo(lcBackofficeSim).noquote() << QStringLiteral("listening on %1 (database: %2, token: %3, fault: %4)")
                                             .arg(url().toString(),
                                                  m_options.databasePath.isEmpty() ? QStringLiteral("in memory")
                                                                                   : m_options.databasePath,
                                                  m_options.token.isEmpty() ? QStringLiteral("none")
                                                                            : QStringLiteral("required"),
                                                  faultModeName(m_faults.current().mode));
    return {};
}

void BackofficeServer::stop()
{
    m_tcp.close();
    const auto connections = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *c : connections)
        delete c;
    m_store.close();
}

QUrl BackofficeServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_tcp.serverAddress().toString());
    u.setPort(m_tcp.serverPort());
    return u;
}

void BackofficeServer::setFault(const FaultSpec &spec)
{
    m_faults.set(spec);
    qCInfo(lcBackofficeSim).noquote() << QStringLiteral("fault set: %1")
                                             .arg(QString::fromUtf8(
                                                 QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
}

SimStats BackofficeServer::stats() const
{
    SimStats s = m_counters;
    s.stored = m_store.count().value_or(-1);
    return s;
}

std::expected<void, QString> BackofficeServer::reset()
{
    m_faults.set(FaultSpec{});
    m_counters = SimStats{};
    m_malformedCheckpoints = 0;
    qCInfo(lcBackofficeSim) << "reset: records, fault and counters forgotten";
    return m_store.clear();
}

void BackofficeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_options.limits, m_options.idleTimeoutMs, this);
        connect(connection, &HttpConnection::requestReceived, this, &BackofficeServer::onRequest);
    }
}

bool BackofficeServer::isAuthorized(const HttpRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray header = request.header("authorization");
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.first(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return false;
    return equalConstantTime(header.sliced(space + 1).trimmed(), m_options.token.toUtf8());
}

void BackofficeServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    const QByteArray &method = request.method;
    const bool keepAlive = request.keepAlive;
    QString logLine = QStringLiteral("%1 %2").arg(QString::fromLatin1(method.left(16)), logPath(path));

    auto answer = [&](const HttpResponse &response) {
        qCInfo(lcBackofficeSim).noquote()
            << QStringLiteral("#%1 %2 -> %3").arg(connection->id()).arg(logLine).arg(response.status);
        connection->respond(response, keepAlive);
    };

    const bool isPost = path == kRecords;
    const bool isGet = path.startsWith(kRecordsPrefix) && path.size() > kRecordsPrefix.size()
                       && !path.sliced(kRecordsPrefix.size()).contains('/');
    if (!isPost && !isGet) {
        if (path == "/health")
            return answer(method == "GET" ? healthy() : methodNotAllowed("GET"));
        if (path == "/_sim/fault")
            return answer(method == "GET" || method == "POST" ? simFault(request) : methodNotAllowed("GET, POST"));
        if (path == "/_sim/records")
            return answer(method == "GET" ? simRecords() : methodNotAllowed("GET"));
        if (path == "/_sim/audit-checkpoints")
            return answer(method == "GET" ? simAuditCheckpoints() : methodNotAllowed("GET"));
        if (path == "/_sim/stats")
            return answer(method == "GET" ? simStats() : methodNotAllowed("GET"));
        if (path == "/_sim/reset")
            return answer(method == "POST" ? simReset() : methodNotAllowed("POST"));
        return answer(notFound());
    }

    // A record request: POST /records or GET /records/{key}.
    if (isPost && method != "POST")
        return answer(methodNotAllowed("POST"));
    if (isGet && method != "GET")
        return answer(methodNotAllowed("GET"));
    ++(isPost ? m_counters.requests : m_counters.lookups);
    if (isPost)
        logLine += QStringLiteral(" bytes=%1").arg(request.body.size());

    if (!isAuthorized(request)) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("unauthorized"),
                                             QStringLiteral("a valid \"Authorization: Bearer\" token is required"));
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return answer(r);
    }

    const AppliedFault fault = m_faults.take(isPost ? RecordRequestKind::Post : RecordRequestKind::Get);
    if (fault.mode != FaultMode::None) {
        ++m_counters.faulted;
        logLine += QStringLiteral(" fault=%1").arg(faultModeName(fault.mode));
        Q_EMIT faultApplied(faultModeName(fault.mode));
    }

    switch (fault.mode) {
    case FaultMode::ServerError:
        return answer(HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("simulated server error")));
    case FaultMode::TooManyRequests: {
        HttpResponse r = HttpResponse::error(429, QStringLiteral("rate-limited"),
                                             QStringLiteral("simulated rate limit: retry after 1 second"));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return answer(r);
    }
    case FaultMode::Garbage: {
        HttpResponse r;
        r.status = 200;
        r.body = QByteArrayLiteral("<!DOCTYPE html><html><body><h1>Proxy error</h1>simulated garbage</body></html>\n");
        return answer(r); // still claims application/json, as a broken proxy might
    }
    case FaultMode::Reject:
        // Quotes the record, as a careless back office might: the uploader
        // must keep none of it (docs/backoffice-api.md, "Rejections").
        return answer(HttpResponse::error(422, QStringLiteral("rejected"),
                                          QStringLiteral("simulated rejection of: ") + QString::fromUtf8(request.body.left(2000))));
    case FaultMode::Drop:
        qCInfo(lcBackofficeSim).noquote() << QStringLiteral("#%1 %2 -> dropped").arg(connection->id()).arg(logLine);
        return connection->drop();
    case FaultMode::Hang:
        qCInfo(lcBackofficeSim).noquote() << QStringLiteral("#%1 %2 -> hanging").arg(connection->id()).arg(logLine);
        return connection->hang();
    case FaultMode::None:
    case FaultMode::Slow:
    case FaultMode::AcceptThenHang:
        break;
    }

    QString key;
    const HttpResponse response = isPost ? postRecord(request, &key)
                                         : getRecord(QString::fromLatin1(path.sliced(kRecordsPrefix.size())));
    if (isPost && !key.isEmpty())
        logLine += QStringLiteral(" key=%1").arg(key);

    if (fault.mode == FaultMode::AcceptThenHang) {
        qCInfo(lcBackofficeSim).noquote()
            << QStringLiteral("#%1 %2 -> %3 withheld, hanging").arg(connection->id()).arg(logLine).arg(response.status);
        return connection->hang();
    }
    if (fault.mode == FaultMode::Slow) {
        qCInfo(lcBackofficeSim).noquote() << QStringLiteral("#%1 %2 -> %3 in %4 ms")
                                                 .arg(connection->id())
                                                 .arg(logLine)
                                                 .arg(response.status)
                                                 .arg(fault.delayMs);
        return connection->respondLater(fault.delayMs, response, keepAlive);
    }
    answer(response);
}

HttpResponse BackofficeServer::postRecord(const HttpRequest &request, QString *logKey)
{
    const QByteArray key = request.header("idempotency-key");
    if (RecordValidator::isUuid(key))
        *logKey = QString::fromLatin1(key);
    const auto valid = RecordValidator::validate(key, request.header("content-type"), request.body);
    if (!valid)
        return HttpResponse::error(valid.error().status, valid.error().code, valid.error().message);

    const QString receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto put = m_store.put(valid->key, valid->canonicalSha256, request.body, receivedAt);
    if (!put)
        return storageError(put.error());
    switch (put->outcome) {
    case RecordStore::PutOutcome::Created:
        keepAuditCheckpoint(request, valid->key, receivedAt);
        Q_EMIT recordStored(valid->key);
        return accepted(201, valid->key, put->receivedAt);
    case RecordStore::PutOutcome::Duplicate:
        ++m_counters.duplicates;
        keepAuditCheckpoint(request, valid->key, receivedAt);
        return accepted(200, valid->key, put->receivedAt);
    case RecordStore::PutOutcome::Conflict:
        break;
    }
    ++m_counters.conflicts;
    return HttpResponse::error(409, QStringLiteral("key-reused"),
                               QStringLiteral("this Idempotency-Key was already stored with a different body"));
}

void BackofficeServer::keepAuditCheckpoint(const HttpRequest &request, const QString &key, const QString &receivedAt)
{
    const QByteArray value = request.header("kakanai-audit-checkpoint");
    if (value.isEmpty())
        return;
    // Never a reason to refuse the record: the record is stored already.
    const auto checkpoint = AuditCheckpointCopy::parse(value);
    if (!checkpoint) {
        ++m_malformedCheckpoints;
        qCWarning(lcBackofficeSim).noquote()
            << QStringLiteral("record %1: the Kakanai-Audit-Checkpoint header is not a checkpoint; not kept").arg(key);
        return;
    }
    const auto kept = m_store.keepCheckpoint(*checkpoint, key, receivedAt);
    if (!kept) {
        qCWarning(lcBackofficeSim).noquote() << QStringLiteral("storage error: %1").arg(kept.error());
        return;
    }
    if (*kept && (*kept)->regressed)
        qCWarning(lcBackofficeSim).noquote()
            << QStringLiteral("audit checkpoint of store %1 (terminal %2) records %3 entries, fewer than before: "
                              "its audit log got shorter")
                   .arg(checkpoint->store, checkpoint->terminalId)
                   .arg(checkpoint->entries);
}

HttpResponse BackofficeServer::getRecord(const QString &key)
{
    if (!RecordValidator::isUuid(key.toLatin1()))
        return HttpResponse::error(400, QStringLiteral("invalid-key"),
                                   QStringLiteral("the key in the path is not a UUID (8-4-4-4-12 hex digits)"));
    const auto found = m_store.find(key);
    if (!found)
        return storageError(found.error());
    if (!found->has_value())
        return notFound();
    return accepted(200, key, (*found)->receivedAt);
}

HttpResponse BackofficeServer::simFault(const HttpRequest &request)
{
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return HttpResponse::error(400, QStringLiteral("invalid-json"),
                                       QStringLiteral("the body must be a JSON object like {\"mode\": \"500\"}"));
        const auto spec = FaultSpec::fromJson(doc.object());
        if (!spec)
            return HttpResponse::error(400, QStringLiteral("invalid-fault"), spec.error());
        setFault(*spec);
    }
    return HttpResponse::json(200, m_faults.current().toJson());
}

HttpResponse BackofficeServer::simRecords()
{
    const auto records = m_store.all();
    if (!records)
        return storageError(records.error());
    QJsonArray out;
    for (const StoredRecord &r : *records) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        out.append(QJsonObject{{QStringLiteral("key"), r.key},
                               {QStringLiteral("receivedAt"), r.receivedAt},
                               {QStringLiteral("body"), doc.object()}});
    }
    return HttpResponse::json(200, out);
}

HttpResponse BackofficeServer::simAuditCheckpoints()
{
    const auto kept = m_store.checkpoints();
    if (!kept)
        return storageError(kept.error());
    QJsonArray list;
    int regressions = 0;
    for (const StoredCheckpoint &s : *kept) {
        const AuditCheckpointCopy &c = s.checkpoint;
        regressions += s.regressed ? 1 : 0;
        list.append(QJsonObject{{QStringLiteral("store"), c.store},
                                {QStringLiteral("terminalId"), c.terminalId},
                                {QStringLiteral("entries"), c.entries},
                                {QStringLiteral("headSeq"), c.headSeq},
                                {QStringLiteral("headHash"), c.headHash},
                                {QStringLiteral("writtenAt"), c.writtenAt},
                                {QStringLiteral("mac"), c.mac},
                                {QStringLiteral("headerValue"), QString::fromLatin1(c.headerValue)},
                                {QStringLiteral("recordKey"), s.recordKey},
                                {QStringLiteral("receivedAt"), s.receivedAt},
                                {QStringLiteral("regressed"), s.regressed}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("checkpoints"), list},
                                               {QStringLiteral("regressions"), regressions},
                                               {QStringLiteral("malformed"), m_malformedCheckpoints}});
}

HttpResponse BackofficeServer::simStats()
{
    const SimStats s = stats();
    if (s.stored < 0)
        return storageError(QStringLiteral("cannot count the records"));
    return HttpResponse::json(200, s.toJson());
}

HttpResponse BackofficeServer::simReset()
{
    if (auto r = reset(); !r)
        return storageError(r.error());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("reset")}});
}

} // namespace kakanai::backofficesim
