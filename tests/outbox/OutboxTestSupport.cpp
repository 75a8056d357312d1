#include "OutboxTestSupport.h"

#include "outbox/FileKeyProvider.h"
#include "outbox/RecordKeyBinding.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace kakanai::test {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray personalMarker()
{
    return QByteArrayLiteral("PERSONAL-DATA-MARKER");
}

QByteArray makeRecord(const QString &uuid, const QString &kind, int padding)
{
    // A whole kakanai.record/1 document (the outbox checks all of it): one
    // form whose fields carry the personal data the tests look for.
    const auto field = [](const QString &id, const QString &value, const QString &source) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}, {QStringLiteral("source"), source}};
    };
    const QJsonArray fields{field(QStringLiteral("name"), QStringLiteral("試験 花子"), QStringLiteral("card")),
                            field(QStringLiteral("note"), QString::fromLatin1(personalMarker()), QStringLiteral("clerk")),
                            field(QStringLiteral("filler"), QString(padding, QLatin1Char('x')), QStringLiteral("clerk"))};
    const QJsonObject form{{QStringLiteral("formId"), QStringLiteral("test-form")},
                           {QStringLiteral("formVersion"), 1},
                           {QStringLiteral("fields"), fields}};
    const QJsonObject o{{QStringLiteral("schema"), QStringLiteral("kakanai.record/1")},
                        {QStringLiteral("id"), uuid},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T04:05:06.789Z")},
                        {QStringLiteral("terminalId"), QStringLiteral("counter-01")},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("staffId"), QStringLiteral("c001")},
                        {QStringLiteral("forms"), QJsonArray{form}},
                        {QStringLiteral("household"), QJsonArray()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TempStore::TempStore(ClockKind clock)
    : m_clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)), m_useSystem(clock == ClockKind::System)
{
    open();
}

TempStore::TempStore(const QString &folder)
    : m_folder(folder), m_clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC))
{
    m_dir.remove();
    open();
}

void TempStore::open()
{
    auto db = Database::open({path(), 5000, Durability::Full});
    if (!db) {
        m_error = db.error().toString();
        return;
    }
    m_db = std::move(*db);
    FileKeyProvider keys(keyPath());
    // As the application opens it: the store keeps its key's id, which is
    // what lets the outbox tell changed bytes from a wrong key.
    auto cipher = RecordKeyBinding::open(*m_db, keys);
    if (!cipher) {
        m_error = cipher.error().toString();
        return;
    }
    m_cipher = std::move(*cipher);
    m_outbox = std::make_unique<Outbox>(*m_db, *m_cipher, outboxClock());
}

QString TempStore::outboxColumn(const QString &uuid, const QString &column)
{
    // Test code: the column name is one of ours, never input.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE uuid = ?").arg(column));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}

QByteArray TempStore::payload(const QString &uuid)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT payload FROM record WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

int TempStore::rowCount(const QString &table)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// ---- SimProcess ---------------------------------------------------------

SimProcess::SimProcess(QString dbFile)
    : m_dbFile(std::move(dbFile))
{
}

SimProcess::~SimProcess()
{
    if (isRunning())
        kill();
}

QString SimProcess::executable()
{
    return qEnvironmentVariable("KAKANAI_BACKOFFICE_SIM");
}

QString SimProcess::output() const
{
    // The simulator logs every request: it writes to a file, never to a pipe
    // nobody drains (a full pipe would stall it, and look like a hang).
    QFile f(m_logFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = f.size();
    if (size > 20000)
        f.seek(size - 20000);
    return QString::fromUtf8(f.readAll());
}

bool SimProcess::start(quint16 port, const QStringList &extraArgs)
{
    m_url.clear();
    m_logFile = m_dbFile + QStringLiteral(".%1.log").arg(++m_starts);
    m_process.setStandardOutputFile(m_logFile);
    m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    m_process.start(executable(), QStringList{QStringLiteral("--port"), QString::number(port), QStringLiteral("--db"), m_dbFile} + extraArgs);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s]+)"));
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        const auto match = listening.match(output());
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
        m_process.waitForFinished(20); // a short nap that also notices an early exit
    }
    return false;
}

void SimProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

void SimProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

std::optional<SimProcess::Answer> SimProcess::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return std::nullopt;
    return Answer{status.toInt(), reply->readAll()};
}

bool SimProcess::setFault(const QJsonObject &spec)
{
    const auto a = call(QByteArrayLiteral("POST"), QStringLiteral("/_sim/fault"), QJsonDocument(spec).toJson(QJsonDocument::Compact));
    return a && a->status / 100 == 2;
}

bool SimProcess::reset()
{
    const auto a = call(QByteArrayLiteral("POST"), QStringLiteral("/_sim/reset"), QByteArrayLiteral("{}"));
    return a && a->status / 100 == 2;
}

std::optional<QJsonObject> SimProcess::stats()
{
    const auto a = call(QByteArrayLiteral("GET"), QStringLiteral("/_sim/stats"));
    if (!a || a->status != 200)
        return std::nullopt;
    return QJsonDocument::fromJson(a->body).object();
}

std::optional<QJsonArray> SimProcess::records()
{
    const auto a = call(QByteArrayLiteral("GET"), QStringLiteral("/_sim/records"));
    if (!a || a->status != 200)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(a->body);
    if (doc.isArray())
        return doc.array();
    // Tolerate {"records": […]}.
    return doc.object().value(QLatin1String("records")).toArray();
}

std::optional<QJsonObject> SimProcess::auditCheckpoints()
{
    const auto a = call(QByteArrayLiteral("GET"), QStringLiteral("/_sim/audit-checkpoints"));
    if (!a || a->status != 200)
        return std::nullopt;
    return QJsonDocument::fromJson(a->body).object();
}

// ---- kakanai-cli --------------------------------------------------------

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

CliRun runCli(const QString &home, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home));
    p.start(qEnvironmentVariable("KAKANAI_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out\n") + QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace kakanai::test
