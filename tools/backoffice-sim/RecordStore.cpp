#include "RecordStore.h"

#include "SimLogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kakanai::backofficesim {

namespace {

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

std::expected<void, QString> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return std::unexpected(sqlError(sql, q.lastError()));
    return {};
}

// Opens the connection `name` on `path` and brings its schema to kSchemaVersion.
std::expected<void, QString> openAndMigrate(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return std::unexpected(sqlError(QStringLiteral("cannot open the database"), db.lastError()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return std::unexpected(
            sqlError(QStringLiteral("cannot read the schema version (not a SQLite database?)"), q.lastError()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > RecordStore::kSchemaVersion)
        return std::unexpected(QStringLiteral("the database was made by a newer simulator (schema %1; this one knows "
                                              "%2): not touched")
                                   .arg(version)
                                   .arg(RecordStore::kSchemaVersion));

    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot set the journal mode"), q.lastError()));
    const QString mode = q.value(0).toString();
    q.finish();
    if (!path.isEmpty() && mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcBackofficeSim) << "database journal mode is" << mode << "instead of WAL";
    if (auto r = exec(db, QStringLiteral("PRAGMA synchronous=FULL")); !r)
        return r;

    if (version < RecordStore::kSchemaVersion) {
        if (!db.transaction())
            return std::unexpected(sqlError(QStringLiteral("cannot begin the schema transaction"), db.lastError()));
        std::expected<void, QString> r;
        if (version < 1)
            r = exec(db, QStringLiteral("CREATE TABLE records ("
                                        " seq INTEGER PRIMARY KEY,"
                                        " key TEXT NOT NULL UNIQUE,"
                                        " body_sha256 BLOB NOT NULL,"
                                        " body BLOB NOT NULL,"
                                        " received_at TEXT NOT NULL)"));
        // Schema 2: the audit checkpoints that came with the records.
        if (r && version < 2)
            r = exec(db, QStringLiteral("CREATE TABLE audit_checkpoints ("
                                        " seq INTEGER PRIMARY KEY,"
                                        " store TEXT NOT NULL,"
                                        " terminal_id TEXT NOT NULL,"
                                        " entries INTEGER NOT NULL,"
                                        " head_seq INTEGER NOT NULL,"
                                        " head_hash TEXT NOT NULL,"
                                        " written_at TEXT NOT NULL,"
                                        " mac TEXT NOT NULL,"
                                        " header_value TEXT NOT NULL,"
                                        " record_key TEXT NOT NULL,"
                                        " received_at TEXT NOT NULL,"
                                        " regressed INTEGER NOT NULL)"));
        if (r)
            r = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(RecordStore::kSchemaVersion));
        if (!r) {
            db.rollback();
            return r;
        }
        if (!db.commit()) {
            const QString message = sqlError(QStringLiteral("cannot commit the schema"), db.lastError());
            db.rollback();
            return std::unexpected(message);
        }
    }
    return {};
}

} // namespace

RecordStore::RecordStore()
    : m_connectionName(
        QStringLiteral("kakanai-backoffice-sim-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

RecordStore::~RecordStore()
{
    close();
}

std::expected<void, QString> RecordStore::open(const QString &path)
{
    close();
    auto opened = openAndMigrate(m_connectionName, path); // its handles are gone when it returns
    m_open = QSqlDatabase::contains(m_connectionName);
    if (!opened)
        close();
    return opened;
}

void RecordStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

std::expected<RecordStore::PutResult, QString> RecordStore::put(const QString &key, const QByteArray &bodySha256,
                                                                const QByteArray &body, const QString &receivedAt)
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return std::unexpected(sqlError(QStringLiteral("cannot begin a transaction"), db.lastError()));

    PutResult result;
    QString error;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT body_sha256, received_at FROM records WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec()) {
            error = sqlError(QStringLiteral("cannot look up the key"), q.lastError());
        } else if (q.next()) {
            result.outcome = q.value(0).toByteArray() == bodySha256 ? PutOutcome::Duplicate : PutOutcome::Conflict;
            result.receivedAt = q.value(1).toString();
        } else {
            q.finish();
            q.prepare(QStringLiteral("INSERT INTO records (key, body_sha256, body, received_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(key);
            q.addBindValue(bodySha256);
            q.addBindValue(body);
            q.addBindValue(receivedAt);
            if (!q.exec())
                error = sqlError(QStringLiteral("cannot store the record"), q.lastError());
            result.outcome = PutOutcome::Created;
            result.receivedAt = receivedAt;
        }
    }
    if (!error.isEmpty()) {
        db.rollback();
        return std::unexpected(error);
    }
    if (!db.commit()) {
        error = sqlError(QStringLiteral("cannot commit the record"), db.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return result;
}

std::expected<std::optional<StoredRecord>, QString> RecordStore::find(const QString &key) const
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT received_at, body FROM records WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot look up the key"), q.lastError()));
    if (!q.next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(StoredRecord{key, q.value(0).toString(), q.value(1).toByteArray()});
}

std::expected<QList<StoredRecord>, QString> RecordStore::all() const
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, received_at, body FROM records ORDER BY seq")))
        return std::unexpected(sqlError(QStringLiteral("cannot list the records"), q.lastError()));
    QList<StoredRecord> records;
    while (q.next())
        records.append(StoredRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()});
    return records;
}

std::expected<qint64, QString> RecordStore::count() const
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !q.next())
        return std::unexpected(sqlError(QStringLiteral("cannot count the records"), q.lastError()));
    return q.value(0).toLongLong();
}

std::expected<void, QString> RecordStore::clear()
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return std::unexpected(sqlError(QStringLiteral("cannot begin a transaction"), db.lastError()));
    auto r = exec(db, QStringLiteral("DELETE FROM records"));
    if (r)
        r = exec(db, QStringLiteral("DELETE FROM audit_checkpoints"));
    if (!r || !db.commit()) {
        const QString error = r ? sqlError(QStringLiteral("cannot commit"), db.lastError()) : r.error();
        db.rollback();
        return std::unexpected(error);
    }
    return {};
}

std::expected<std::optional<StoredCheckpoint>, QString>
RecordStore::keepCheckpoint(const AuditCheckpointCopy &checkpoint, const QString &recordKey, const QString &receivedAt)
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return std::unexpected(sqlError(QStringLiteral("cannot begin a transaction"), db.lastError()));
    std::optional<StoredCheckpoint> kept;
    QString error;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT entries, head_hash, mac, (SELECT MAX(entries) FROM audit_checkpoints "
                                 "WHERE store = ?) FROM audit_checkpoints WHERE store = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(checkpoint.store);
        q.addBindValue(checkpoint.store);
        if (!q.exec()) {
            error = sqlError(QStringLiteral("cannot look up the store's checkpoints"), q.lastError());
        } else {
            bool repeat = false;
            StoredCheckpoint stored{checkpoint, recordKey, receivedAt, false};
            if (q.next()) {
                repeat = q.value(0).toLongLong() == checkpoint.entries && q.value(1).toString() == checkpoint.headHash
                         && q.value(2).toString() == checkpoint.mac;
                stored.regressed = checkpoint.entries < q.value(3).toLongLong();
            }
            q.finish();
            if (!repeat) {
                q.prepare(QStringLiteral("INSERT INTO audit_checkpoints (store, terminal_id, entries, head_seq, "
                                         "head_hash, written_at, mac, header_value, record_key, received_at, regressed) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                q.addBindValue(checkpoint.store);
                q.addBindValue(checkpoint.terminalId);
                q.addBindValue(checkpoint.entries);
                q.addBindValue(checkpoint.headSeq);
                q.addBindValue(checkpoint.headHash);
                q.addBindValue(checkpoint.writtenAt);
                q.addBindValue(checkpoint.mac);
                q.addBindValue(QString::fromLatin1(checkpoint.headerValue));
                q.addBindValue(recordKey);
                q.addBindValue(receivedAt);
                q.addBindValue(stored.regressed ? 1 : 0);
                if (q.exec())
                    kept = stored;
                else
                    error = sqlError(QStringLiteral("cannot keep the checkpoint"), q.lastError());
            }
        }
    }
    if (!error.isEmpty() || !db.commit()) {
        if (error.isEmpty())
            error = sqlError(QStringLiteral("cannot commit the checkpoint"), db.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return kept;
}

std::expected<QList<StoredCheckpoint>, QString> RecordStore::checkpoints() const
{
    if (!m_open)
        return std::unexpected(QStringLiteral("the database is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT store, terminal_id, entries, head_seq, head_hash, written_at, mac, header_value, "
                               "record_key, received_at, regressed FROM audit_checkpoints ORDER BY seq")))
        return std::unexpected(sqlError(QStringLiteral("cannot list the checkpoints"), q.lastError()));
    QList<StoredCheckpoint> out;
    while (q.next()) {
        StoredCheckpoint s;
        s.checkpoint.store = q.value(0).toString();
        s.checkpoint.terminalId = q.value(1).toString();
        s.checkpoint.entries = q.value(2).toLongLong();
        s.checkpoint.headSeq = q.value(3).toLongLong();
        s.checkpoint.headHash = q.value(4).toString();
        s.checkpoint.writtenAt = q.value(5).toString();
        s.checkpoint.mac = q.value(6).toString();
        s.checkpoint.headerValue = q.value(7).toString().toLatin1();
        s.recordKey = q.value(8).toString();
        s.receivedAt = q.value(9).toString();
        s.regressed = q.value(10).toBool();
        out.append(s);
    }
    return out;
}

} // namespace kakanai::backofficesim
