#pragma once
// Shared by the card integration tests: the environment exported by
// scripts/lib/pcsc-test-env.sh, the fixture persons, and kakanai-vcard as a
// child process.

#include "card/CardHolder.h"
#include "card/ReaderMonitor.h"

#include <QDate>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace kakanai::test {

// Integration tests call this first (initTestCase). Without the environment
// they are skipped when run by hand, but fail under CI=true: a CI run that
// silently skips the card tests proves nothing.
#define KAKANAI_REQUIRE_PCSCD()                                                                     \
    do {                                                                                            \
        const QString why = ::kakanai::test::PcscTestEnv::missing();                                \
        if (!why.isEmpty()) {                                                                       \
            if (::kakanai::test::PcscTestEnv::inCi())                                               \
                QFAIL(qPrintable(QStringLiteral("CI=true but %1").arg(why)));                       \
            QSKIP(qPrintable(why));                                                                 \
        }                                                                                           \
    } while (false)

class PcscTestEnv {
public:
    // Empty when everything is there; otherwise what is missing, for QSKIP/QFAIL.
    static QString missing();
    static bool inCi();
    static QStringList readers();  // KAKANAI_TEST_READERS
    static QList<int> ports();     // KAKANAI_TEST_VPCD_PORTS
    static QString vcardBinary();  // KAKANAI_VCARD_BIN (set by CMake)
    static QString personsFile();  // tests/data/persons.json
};

struct FixturePerson {
    QString name;
    QString address;
    QDate birthDate;
    QString sex;
    QByteArray individualNumber;
    QByteArray pin;
    int triesLeft = 3;
    int expiryYear = 2035;
    QByteArray securityCode = "0000";

    QByteArray matchingCodeB() const; // via kakanai::MatchingCodeB
};

QList<FixturePerson> loadPersons();

// kakanai-vcard on one reader's port. Stops it (SIGTERM) on destruction.
class VirtualCard {
public:
    VirtualCard() = default;
    ~VirtualCard();
    VirtualCard(const VirtualCard &) = delete;
    VirtualCard &operator=(const VirtualCard &) = delete;

    // Starts the emulator and waits (bounded) for "kakanai-vcard: inserted into".
    // Returns an empty string on success, else what went wrong.
    // Always with --reconnect: the vpcd driver has a race (two threads may
    // close the same client socket when a card vanishes mid-exchange) that can
    // drop the *next* card's fresh connection; reconnecting makes that a quick
    // re-insertion instead of a card that pcscd never sees.
    QString start(int personIndex, int port, const QStringList &extraArgs = {});
    void stop();
    // For --remove-after: the emulator leaves by itself.
    bool waitForExit(int timeoutMs = 5000);
    bool isRunning() const;
    QByteArray output(); // stdout + stderr so far
    QString status();    // running / exit code, and the output (for failure messages)

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

// Follows one reader through a ReaderMonitor (real PC/SC) so tests can wait
// for "card inserted" / "card removed" with QTRY_* instead of sleeping.
class ReaderWatch : public QObject {
    Q_OBJECT
public:
    explicit ReaderWatch(QString reader, QObject *parent = nullptr);
    ~ReaderWatch() override;

    ReaderMonitor &monitor() { return *m_monitor; }
    int insertions() const { return m_inserted; }
    int removals() const { return m_removed; }
    bool cardPresent() const { return m_present; }
    // For failure messages: the counters and what the monitor sees.
    QString describe() const;

private:
    QString m_reader;
    std::unique_ptr<ReaderMonitor> m_monitor;
    int m_inserted = 0;
    int m_removed = 0;
    bool m_present = false;
};

// Starts the emulator and waits until the reader's monitor reports the card.
// Empty string on success, else a diagnosis. vpcd (the reader driver) has a
// race when a card vanished mid-exchange: its poll thread can end up blocked
// in accept() and never look at the next card, until yet another connection
// arrives. If the card is not seen within a few seconds it is therefore
// re-inserted (at most twice), with a warning in the test log.
QString insertCard(VirtualCard &card, ReaderWatch &watch, int port, int person, const QStringList &args);

} // namespace kakanai::test
