#pragma once
// Shared pieces of the outbox tests: record documents, a store with a key in
// a temporary directory, a fixed random source, the back-office simulator as
// a child process, and kakanai-cli runs.

#include "common/Clock.h"
#include "outbox/Outbox.h"
#include "outbox/RandomSource.h"
#include "outbox/RecordCipher.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <cmath>

#include <memory>
#include <optional>

namespace kakanai::test {

QString newUuid();
// A valid kakanai.record/1 document; `padding` adds that many bytes of filler
// inside the personal part, which must never appear in the store in clear.
QByteArray makeRecord(const QString &uuid, const QString &kind = QStringLiteral("moving"), int padding = 0);
QByteArray personalMarker(); // a string every makeRecord() document contains

class FixedRandom final : public RandomSource {
public:
    explicit FixedRandom(double value = std::nextafter(1.0, 0.0)) : m_value(value) {}
    double uniform() override { return m_value; }
    void set(double value) { m_value = value; }

private:
    double m_value;
};

// A database and a record key in a temporary directory (the store bound to
// the key, RecordKeyBinding), and an Outbox on them with a ManualClock.
class TempStore {
public:
    enum class ClockKind { Manual, System };
    explicit TempStore(ClockKind clock = ClockKind::Manual);
    // The store another process left in `folder` (kakanai.sqlite, record.key); the folder is kept.
    explicit TempStore(const QString &folder);
    bool isValid() const { return m_outbox != nullptr; }
    QString lastError() const { return m_error; }
    QString path() const { return dirPath() + QStringLiteral("/kakanai.sqlite"); }
    QString keyPath() const { return dirPath() + QStringLiteral("/record.key"); }
    QString dirPath() const { return m_folder.isEmpty() ? m_dir.path() : m_folder; }

    Database &db() { return *m_db; }
    RecordCipher &cipher() { return *m_cipher; }
    ManualClock &clock() { return m_clock; } // the Outbox uses it only with ClockKind::Manual
    const Clock &outboxClock() const { return m_useSystem ? static_cast<const Clock &>(m_system) : m_clock; }
    Outbox &outbox() { return *m_outbox; }

    // Raw column access for assertions.
    QString outboxColumn(const QString &uuid, const QString &column);
    QByteArray payload(const QString &uuid);
    int rowCount(const QString &table);

private:
    void open();

    QTemporaryDir m_dir;
    QString m_folder;
    ManualClock m_clock;
    SystemClock m_system;
    bool m_useSystem = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordCipher> m_cipher;
    std::unique_ptr<Outbox> m_outbox;
    QString m_error;
};

// kakanai-backoffice-sim as a child process on a loopback port.
class SimProcess {
public:
    explicit SimProcess(QString dbFile);
    ~SimProcess();
    static QString executable(); // $KAKANAI_BACKOFFICE_SIM; empty when not built

    // Starts and waits for "listening on http://HOST:PORT". port 0 = any.
    bool start(quint16 port = 0, const QStringList &extraArgs = {});
    void kill();     // SIGKILL, as a crash
    void terminate(); // SIGTERM, and wait
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString output() const; // the end of its log

    bool setFault(const QJsonObject &spec);
    bool reset();
    std::optional<QJsonObject> stats();
    std::optional<QJsonArray> records();
    std::optional<QJsonObject> auditCheckpoints(); // GET /_sim/audit-checkpoints

private:
    struct Answer {
        int status = 0;
        QByteArray body;
    };
    std::optional<Answer> call(const QByteArray &method, const QString &path, const QByteArray &body = {});

    QString m_dbFile;
    QString m_logFile;
    int m_starts = 0;
    QProcess m_process;
    QUrl m_url;
};

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs kakanai-cli ($KAKANAI_CLI) with its own HOME, --lang en and the given args.
CliRun runCli(const QString &home, const QStringList &args, int timeoutMs = 60000);
QProcessEnvironment cliEnvironment(const QString &home);

} // namespace kakanai::test
