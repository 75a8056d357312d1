#include "CardTestSupport.h"

#include "card/MatchingCodeB.h"
#include "card/PcscTransport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

namespace kakanai::test {

QString PcscTestEnv::missing()
{
    if (qEnvironmentVariable("KAKANAI_TEST_PCSCD") != QLatin1String("1"))
        return QStringLiteral("KAKANAI_TEST_PCSCD is not set: these tests need the private pcscd with vpcd readers "
                              "(source scripts/lib/pcsc-test-env.sh and run kakanai_pcscd_start as root)");
    if (readers().size() < 2 || readers().size() != ports().size())
        return QStringLiteral("KAKANAI_TEST_READERS / KAKANAI_TEST_VPCD_PORTS are missing or do not match");
    if (!QFileInfo(vcardBinary()).isExecutable())
        return QStringLiteral("kakanai-vcard is not built (KAKANAI_VCARD_BIN=\"%1\")").arg(vcardBinary());
    if (!QFileInfo::exists(personsFile()))
        return QStringLiteral("%1 is missing").arg(personsFile());
    return {};
}

bool PcscTestEnv::inCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QStringList PcscTestEnv::readers()
{
    return qEnvironmentVariable("KAKANAI_TEST_READERS").split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QList<int> PcscTestEnv::ports()
{
    QList<int> out;
    for (const QString &p : qEnvironmentVariable("KAKANAI_TEST_VPCD_PORTS").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out.append(p.toInt());
    return out;
}

QString PcscTestEnv::vcardBinary()
{
    return qEnvironmentVariable("KAKANAI_VCARD_BIN");
}

QString PcscTestEnv::personsFile()
{
    return qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/tests/data/persons.json");
}

QByteArray FixturePerson::matchingCodeB() const
{
    auto code = MatchingCodeB::build(birthDate, expiryYear, securityCode);
    return code ? code->view().toByteArray() : QByteArray();
}

QList<FixturePerson> loadPersons()
{
    QFile f(PcscTestEnv::personsFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    QList<FixturePerson> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        FixturePerson p;
        p.name = o.value(QLatin1String("name")).toString();
        p.address = o.value(QLatin1String("address")).toString();
        p.birthDate = QDate::fromString(o.value(QLatin1String("birthDate")).toString(), QStringLiteral("yyyyMMdd"));
        p.sex = o.value(QLatin1String("sex")).toString();
        p.individualNumber = o.value(QLatin1String("individualNumber")).toString().toLatin1();
        p.pin = o.value(QLatin1String("pin")).toString().toLatin1();
        p.triesLeft = o.value(QLatin1String("triesLeft")).toInt(3);
        const QJsonValue expiry = o.value(QLatin1String("expiryYear"));
        if (expiry.isString())
            p.expiryYear = expiry.toString().toInt();
        else if (expiry.isDouble())
            p.expiryYear = expiry.toInt();
        if (o.contains(QLatin1String("securityCode")))
            p.securityCode = o.value(QLatin1String("securityCode")).toString().toLatin1();
        out.append(p);
    }
    return out;
}

VirtualCard::~VirtualCard()
{
    stop();
}

QString VirtualCard::start(int personIndex, int port, const QStringList &extraArgs)
{
    stop();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = {QStringLiteral("--persons"), PcscTestEnv::personsFile(), QStringLiteral("--index"),
                        QString::number(personIndex), QStringLiteral("--port"), QString::number(port)};
    args += extraArgs;
    if (!args.contains(QStringLiteral("--reconnect")))
        args += QStringLiteral("--reconnect");
    m_process->start(PcscTestEnv::vcardBinary(), args);
    if (!m_process->waitForStarted(5000))
        return QStringLiteral("kakanai-vcard did not start: %1").arg(m_process->errorString());
    const QDeadlineTimer deadline(10000);
    while (!m_output.contains("kakanai-vcard: inserted into")) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_output += m_process->readAll();
            return QStringLiteral("kakanai-vcard did not report insertion: %1").arg(QString::fromUtf8(m_output));
        }
        m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        m_output += m_process->readAll();
    }
    return {};
}

void VirtualCard::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the emulator closes the socket = card pulled out
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

bool VirtualCard::waitForExit(int timeoutMs)
{
    if (!m_process)
        return true;
    const bool done = m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    m_output += m_process->readAll();
    return done;
}

bool VirtualCard::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QByteArray VirtualCard::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

QString VirtualCard::status()
{
    const QByteArray out = output();
    if (!m_process)
        return QStringLiteral("kakanai-vcard not running; output: %1").arg(QString::fromUtf8(out));
    if (m_process->state() != QProcess::NotRunning)
        return QStringLiteral("kakanai-vcard running; output: %1").arg(QString::fromUtf8(out));
    return QStringLiteral("kakanai-vcard exited with %1; output: %2").arg(m_process->exitCode()).arg(QString::fromUtf8(out));
}

ReaderWatch::ReaderWatch(QString reader, QObject *parent)
    : QObject(parent)
    , m_reader(std::move(reader))
    , m_monitor(std::make_unique<ReaderMonitor>(std::make_unique<PcscTransport>()))
{
    connect(m_monitor.get(), &ReaderMonitor::cardInserted, this, [this](const QString &r, const QByteArray &) {
        if (r == m_reader) {
            ++m_inserted;
            m_present = true;
        }
    });
    connect(m_monitor.get(), &ReaderMonitor::cardRemoved, this, [this](const QString &r) {
        if (r == m_reader) {
            ++m_removed;
            m_present = false;
        }
    });
    m_monitor->setBackoff(std::chrono::milliseconds(100), std::chrono::milliseconds(1000));
    m_monitor->start();
}

QString ReaderWatch::describe() const
{
    QStringList states;
    for (const ReaderState &r : m_monitor->readers())
        states.append(QStringLiteral("%1: %2 (events %3)").arg(r.name, r.cardPresent ? QStringLiteral("card") : QStringLiteral("empty")).arg(r.eventCount));
    // And what pcscd says right now, through a fresh context.
    QStringList now;
    PcscTransport fresh;
    if (auto r = fresh.readers()) {
        for (const ReaderState &s : *r)
            now.append(QStringLiteral("%1: %2 (events %3)").arg(s.name, s.cardPresent ? QStringLiteral("card") : QStringLiteral("empty")).arg(s.eventCount));
    } else {
        now.append(r.error().technicalDetail());
    }
    return QStringLiteral("%1: %2 insertions, %3 removals, present=%4, service=%5; monitor sees [%6]; pcscd says [%7]")
        .arg(m_reader)
        .arg(m_inserted)
        .arg(m_removed)
        .arg(m_present)
        .arg(m_monitor->isServiceAvailable())
        .arg(states.join(QStringLiteral(", ")), now.join(QStringLiteral(", ")));
}

QString insertCard(VirtualCard &card, ReaderWatch &watch, int port, int person, const QStringList &args)
{
    constexpr int kAttempts = 3;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        const int before = watch.insertions();
        if (const QString error = card.start(person, port, args); !error.isEmpty())
            return error;
        const int waitMs = attempt < kAttempts ? 5000 : 20000;
        if (QTest::qWaitFor([&] { return watch.insertions() > before && watch.cardPresent(); }, waitMs))
            return {};
        if (attempt < kAttempts)
            qWarning("card not seen on port %d after %d ms; re-inserting (vpcd accept race): %s", port, waitMs,
                     qPrintable(watch.describe()));
    }
    return watch.describe() + QStringLiteral("; ") + card.status();
}

ReaderWatch::~ReaderWatch()
{
    m_monitor->stop();
}

} // namespace kakanai::test
