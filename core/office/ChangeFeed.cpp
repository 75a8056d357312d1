#include "ChangeFeed.h"

#include "OfficeStore.h"
#include "common/LogCategories.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMetaObject>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>
#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace kakanai {

ChangeFeed::~ChangeFeed() = default;

QString ChangeFeed::stateName(State state)
{
    switch (state) {
    case State::Connecting: return QStringLiteral("connecting");
    case State::Live: return QStringLiteral("live");
    case State::Stale: return QStringLiteral("stale");
    }
    return {};
}

void ChangeFeed::setLive()
{
    resetBackoff();
    if (m_state == State::Live)
        return;
    m_staleReason.clear();
    if (m_wasInterrupted) {
        // Pending changes from before the gap are meaningless now: re-read all.
        m_pending.clear();
        emit resynchronise();
    }
    m_wasInterrupted = false;
    m_state = State::Live;
    qCInfo(lcOffice) << "change feed live";
    emit stateChanged(m_state);
}

void ChangeFeed::setStale(const QString &reason)
{
    m_wasInterrupted = true;
    m_staleReason = reason;
    if (m_state == State::Stale)
        return;
    m_state = State::Stale;
    qCWarning(lcOffice) << "change feed stale";
    emit stateChanged(m_state);
}

void ChangeFeed::queueChange(const QString &table, const QString &key)
{
    m_pending.append({table, key});
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ChangeFeed::flush, Qt::QueuedConnection);
}

void ChangeFeed::flush()
{
    m_flushQueued = false;
    const auto pending = std::exchange(m_pending, {});
    QStringList tables;
    for (const auto &[table, key] : pending)
        if (!tables.contains(table))
            tables.append(table);
    for (const QString &table : std::as_const(tables)) {
        QStringList keys;
        for (const auto &[t, key] : pending)
            if (t == table)
                keys.append(key);
        emit changed(table, keys);
    }
}

int ChangeFeed::nextBackoffMs()
{
    m_backoffMs = m_backoffMs == 0 ? 250 : std::min(5000, m_backoffMs * 2);
    return m_backoffMs;
}

namespace {

// PostgreSQL: LISTEN on a libpq connection of its own, non-blocking from the
// first byte (PQconnectStartParams) on: the event loop waits on its socket,
// so a cut network or a silent server never freezes the window. A heartbeat
// (SELECT 1) every half timeout must be answered within the timeout.
class PostgresChangeFeed final : public ChangeFeed {
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)
public:
    PostgresChangeFeed(const OfficeStoreOptions &options, QString password)
        : ChangeFeed(nullptr), m_options(options), m_password(std::move(password))
    {
        m_heartbeat.setInterval(std::clamp(m_options.timeoutMs / 2, 100, 1000));
        QObject::connect(&m_heartbeat, &QTimer::timeout, this, [this] { sendHeartbeat(); });
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, this, [this] {
            failWith(tr("The office store did not answer within %n ms.", nullptr, m_options.timeoutMs));
        });
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { start(); });
        start();
    }
    ~PostgresChangeFeed() override { closeConnection(); }

private:
    enum class Phase { Idle, Connecting, Listening, Ready };

    void start()
    {
        closeConnection();
        const OfficeLocation &where = m_options.location;
        std::vector<QByteArray> keys = {"host", "port", "dbname", "user", "application_name", "keepalives",
                                        "keepalives_idle", "keepalives_interval", "keepalives_count"};
        std::vector<QByteArray> values = {where.host().toUtf8(), QByteArray::number(where.port()),
                                          where.database().toUtf8(), where.user().toUtf8(),
                                          (m_options.applicationName + QStringLiteral("-feed")).toUtf8(), "1", "2",
                                          "1", "3"};
        if (!m_password.isEmpty()) {
            keys.push_back("password");
            values.push_back(m_password.toUtf8());
        }
        for (auto it = where.options().cbegin(); it != where.options().cend(); ++it) {
            keys.push_back(it.key().toUtf8());
            values.push_back(it.value().toUtf8());
        }
        std::vector<const char *> k, v;
        for (size_t i = 0; i < keys.size(); ++i) {
            k.push_back(keys[i].constData());
            v.push_back(values[i].constData());
        }
        k.push_back(nullptr);
        v.push_back(nullptr);
        m_conn = PQconnectStartParams(k.data(), v.data(), 0);
        if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
            failWith(tr("The change feed could not connect to the office store."));
            return;
        }
        m_phase = Phase::Connecting;
        m_deadline.start(m_options.timeoutMs);
        m_pollWants = PGRES_POLLING_WRITING;
        watchSocket();
    }

    void closeConnection()
    {
        m_heartbeat.stop();
        m_deadline.stop();
        m_readNotifier.reset();
        m_writeNotifier.reset();
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        m_socket = -1;
        m_phase = Phase::Idle;
        m_heartbeatInFlight = false;
    }

    void failWith(const QString &reason)
    {
        const QString detail = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).simplified() : QString();
        qCWarning(lcOffice) << "change feed interrupted:" << detail;
        closeConnection();
        setStale(reason);
        m_retry.start(nextBackoffMs());
    }

    // Read and write notifiers on libpq's current socket (it may change while
    // connecting: another address, TLS negotiation).
    void watchSocket()
    {
        const int socket = PQsocket(m_conn);
        if (socket < 0) {
            failWith(tr("The change feed lost its connection to the office store."));
            return;
        }
        if (socket != m_socket) {
            m_socket = socket;
            m_readNotifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
            m_writeNotifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Write);
            QObject::connect(m_readNotifier.get(), &QSocketNotifier::activated, this, [this] { onReadable(); });
            QObject::connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, [this] { onWritable(); });
        }
        if (m_phase == Phase::Connecting) {
            m_readNotifier->setEnabled(m_pollWants == PGRES_POLLING_READING);
            m_writeNotifier->setEnabled(m_pollWants == PGRES_POLLING_WRITING);
        } else {
            m_readNotifier->setEnabled(true);
            m_writeNotifier->setEnabled(m_flushPending);
        }
    }

    void continueConnect()
    {
        m_pollWants = PQconnectPoll(m_conn);
        switch (m_pollWants) {
        case PGRES_POLLING_FAILED:
            failWith(tr("The change feed could not connect to the office store."));
            return;
        case PGRES_POLLING_OK:
            PQsetnonblocking(m_conn, 1);
            m_phase = Phase::Listening;
            if (!send("LISTEN kakanai_change"))
                return;
            watchSocket();
            return;
        default:
            watchSocket();
            return;
        }
    }

    bool send(const char *sql)
    {
        if (!PQsendQuery(m_conn, sql)) {
            failWith(tr("The change feed lost its connection to the office store."));
            return false;
        }
        return flushOutput();
    }

    bool flushOutput()
    {
        const int flushed = PQflush(m_conn);
        if (flushed < 0) {
            failWith(tr("The change feed lost its connection to the office store."));
            return false;
        }
        m_flushPending = flushed == 1;
        if (m_writeNotifier)
            m_writeNotifier->setEnabled(m_flushPending);
        return true;
    }

    void onWritable()
    {
        if (m_phase == Phase::Connecting)
            continueConnect();
        else if (m_conn)
            flushOutput();
    }

    void onReadable()
    {
        if (m_phase == Phase::Connecting) {
            continueConnect();
            return;
        }
        if (!m_conn)
            return;
        if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
            failWith(tr("The change feed lost its connection to the office store."));
            return;
        }
        // Results of the LISTEN or the heartbeat.
        while (!PQisBusy(m_conn)) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                queryDone();
                break;
            }
            const ExecStatusType status = PQresultStatus(result);
            PQclear(result);
            if (status == PGRES_FATAL_ERROR) {
                failWith(tr("The office store ended the change feed's connection."));
                return;
            }
        }
        if (!m_conn)
            return;
        while (PGnotify *notify = PQnotifies(m_conn)) {
            const QString payload = QString::fromUtf8(notify->extra);
            PQfreemem(notify);
            const qsizetype space = payload.indexOf(QLatin1Char(' '));
            queueChange(space < 0 ? payload : payload.left(space), space < 0 ? QString() : payload.mid(space + 1));
        }
    }

    void queryDone()
    {
        if (m_phase == Phase::Listening) {
            m_phase = Phase::Ready;
            m_deadline.stop();
            m_heartbeat.start();
            setLive();
            return;
        }
        if (m_heartbeatInFlight) {
            m_heartbeatInFlight = false;
            m_deadline.stop();
        }
    }

    void sendHeartbeat()
    {
        if (m_phase != Phase::Ready || m_heartbeatInFlight)
            return;
        m_heartbeatInFlight = true;
        m_deadline.start(m_options.timeoutMs);
        send("SELECT 1");
    }

    OfficeStoreOptions m_options;
    QString m_password;
    PGconn *m_conn = nullptr;
    int m_socket = -1;
    Phase m_phase = Phase::Idle;
    PostgresPollingStatusType m_pollWants = PGRES_POLLING_WRITING;
    bool m_flushPending = false;
    bool m_heartbeatInFlight = false;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QTimer m_heartbeat;
    QTimer m_deadline;
    QTimer m_retry;
};

// SQLite: a connection of its own reads office_change after the last row it
// saw whenever PRAGMA data_version says another connection committed. It
// looks when this process commits (OfficeStore::committed), when the WAL file
// changes (another program on this PC), and once a second in case a file
// event was missed (that check is one PRAGMA, not a table scan). Each look
// also checks that the path still names the file it opened: an open file
// that was removed or replaced (a restore) keeps answering, but no other
// program writes to it any more.
// A write to the WAL comes before its commit can be seen: the writer syncs
// the file and only then publishes the commit in the shared-memory index,
// which raises no file event. So after a WAL event it looks again a few
// times over the next quarter second (1, 2, 4, … 128 ms), not only at once.
class SqliteChangeFeed final : public ChangeFeed {
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)
public:
    SqliteChangeFeed(OfficeStore &store, const OfficeStoreOptions &options)
        : ChangeFeed(nullptr), m_path(options.location.path()),
          m_connectionName(QStringLiteral("kakanai-office-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_timeoutMs(options.timeoutMs)
    {
        QObject::connect(&store, &OfficeStore::committed, this, [this] { look(); });
        QObject::connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
            look();
            m_followUpStep = 0;
            m_followUp.start(1);
        });
        m_followUp.setSingleShot(true);
        QObject::connect(&m_followUp, &QTimer::timeout, this, [this] {
            look();
            if (++m_followUpStep < kFollowUpSteps)
                m_followUp.start(1 << m_followUpStep);
        });
        m_fallback.setInterval(1000);
        QObject::connect(&m_fallback, &QTimer::timeout, this, [this] { look(); });
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { start(); });
        start();
    }
    ~SqliteChangeFeed() override { closeConnection(); }

private:
    void start()
    {
        closeConnection();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_timeoutMs));
        if (!QFileInfo::exists(m_path) || !db.open()) {
            failWith();
            return;
        }
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM office_change")) || !last.next()) {
            failWith();
            return;
        }
        m_lastSeq = last.value(0).toLongLong();
        auto version = dataVersion();
        if (!version) {
            failWith();
            return;
        }
        m_dataVersion = *version;
        m_fileId = fileIdentity(m_path);
        if (!m_fileId) {
            failWith();
            return;
        }
        // The WAL exists while any connection is open (ours is): its writes are the commits.
        const QString wal = m_path + QStringLiteral("-wal");
        m_watcher.addPath(QFileInfo::exists(wal) ? wal : m_path);
        m_fallback.start();
        setLive();
    }

    void closeConnection()
    {
        m_fallback.stop();
        m_followUp.stop();
        if (!m_watcher.files().isEmpty())
            m_watcher.removePaths(m_watcher.files());
        if (QSqlDatabase::contains(m_connectionName)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    void failWith(const QString &reason = QString())
    {
        closeConnection();
        setStale(reason.isEmpty() ? tr("The office store file cannot be read.") : reason);
        m_retry.start(nextBackoffMs());
    }

    // Which file a path names now (device and inode), if any.
    static std::optional<std::pair<quint64, quint64>> fileIdentity(const QString &path)
    {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return std::nullopt;
        return std::make_pair(quint64(st.st_dev), quint64(st.st_ino));
    }

    std::optional<qint64> dataVersion()
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }

    void look()
    {
        if (state() != State::Live)
            return;
        if (fileIdentity(m_path) != m_fileId) {
            failWith(tr("The office store file was removed or replaced."));
            return;
        }
        auto version = dataVersion();
        if (!version) {
            failWith();
            return;
        }
        if (*version == m_dataVersion)
            return;
        m_dataVersion = *version;
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // One read transaction, so the gap check and the rows agree.
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery first(db);
        QSqlQuery rows(db);
        rows.prepare(QStringLiteral("SELECT seq, table_name, row_key FROM office_change WHERE seq > ? ORDER BY seq"));
        rows.addBindValue(m_lastSeq);
        if (!first.exec(QStringLiteral("SELECT min(seq) FROM office_change")) || !first.next() || !rows.exec()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            failWith();
            return;
        }
        const qint64 oldest = first.value(0).isNull() ? 0 : first.value(0).toLongLong();
        const bool missed = oldest > m_lastSeq + 1;
        while (rows.next()) {
            m_lastSeq = rows.value(0).toLongLong();
            if (!missed)
                queueChange(rows.value(1).toString(), rows.value(2).toString());
        }
        rows.finish();
        first.finish();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        if (missed) {
            // Rows we never saw were pruned: say "re-read everything" instead.
            setStale(tr("Changes were missed."));
            setLive();
        }
        // The WAL may have been made after we started watching the main file.
        const QString wal = m_path + QStringLiteral("-wal");
        if (!m_watcher.files().contains(wal) && QFileInfo::exists(wal))
            m_watcher.addPath(wal);
    }

    QString m_path;
    QString m_connectionName;
    int m_timeoutMs = 5000;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = 0;
    std::optional<std::pair<quint64, quint64>> m_fileId;
    static constexpr int kFollowUpSteps = 8; // 1 + 2 + … + 128 ms after a WAL event
    QFileSystemWatcher m_watcher;
    QTimer m_followUp;
    int m_followUpStep = 0;
    QTimer m_fallback;
    QTimer m_retry;
};

} // namespace

ChangeFeed *ChangeFeed::create(OfficeStore &store, const OfficeStoreOptions &options, const QString &password)
{
    if (options.location.engine() == OfficeLocation::Engine::Postgres)
        return new PostgresChangeFeed(options, password);
    return new SqliteChangeFeed(store, options);
}

} // namespace kakanai
