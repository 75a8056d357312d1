#include "card/SecureBuffer.h"

#include <QString>
#include <QTest>

#include <type_traits>

using namespace kakanai;

static_assert(!std::is_copy_constructible_v<SecureBuffer>, "copies must be explicit (clone())");
static_assert(!std::is_copy_assignable_v<SecureBuffer>);
static_assert(!std::is_convertible_v<SecureBuffer, QString>, "no implicit conversion to QString");
static_assert(!std::is_convertible_v<SecureBuffer, QByteArray>, "no implicit conversion to QByteArray");
static_assert(!std::is_constructible_v<QString, SecureBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);

namespace {

// Every block SecureBuffer frees, as seen right after the wipe.
struct Freed {
    qsizetype size;
    bool allZero;
};
QList<Freed> g_freed;

void observe(const char *data, qsizetype size)
{
    bool zero = true;
    for (qsizetype i = 0; i < size; ++i)
        zero = zero && data[i] == 0;
    g_freed.append({size, zero});
}

} // namespace

class TestSecureBuffer : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        g_freed.clear();
        SecureBuffer::setWipeObserverForTesting(&observe);
    }
    void cleanup() { SecureBuffer::setWipeObserverForTesting(nullptr); }

    void destructorWipes()
    {
        {
            SecureBuffer pin = SecureBuffer::fromBytes("4821");
            QCOMPARE(pin.size(), 4);
            QVERIFY(pin.equals("4821"));
        }
        QCOMPARE(g_freed.size(), 1);
        QVERIFY(g_freed.first().allZero);
        QVERIFY(g_freed.first().size >= 4);
    }

    void clearWipes()
    {
        SecureBuffer b = SecureBuffer::fromBytes("123456789018");
        b.clear();
        QVERIFY(b.isEmpty());
        QCOMPARE(b.data(), nullptr);
        QCOMPARE(g_freed.size(), 1);
        QVERIFY(g_freed.first().allZero);
        b.clear(); // twice is fine
        QCOMPARE(g_freed.size(), 1);
    }

    void growingWipesTheOldBlock()
    {
        SecureBuffer b;
        for (int i = 0; i < 100; ++i)
            b.append('7');
        QCOMPARE(b.size(), 100);
        QVERIFY(g_freed.size() >= 2); // 16 → 32 → 64 → 128
        for (const Freed &f : std::as_const(g_freed))
            QVERIFY(f.allZero);
    }

    void moveLeavesSourceEmpty()
    {
        SecureBuffer a = SecureBuffer::fromBytes("2468");
        SecureBuffer b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QVERIFY(b.equals("2468"));
        SecureBuffer c = SecureBuffer::fromBytes("1357");
        c = std::move(b);
        QVERIFY(c.equals("2468"));
        QCOMPARE(g_freed.size(), 1); // the old "1357" block
        QVERIFY(g_freed.first().allZero);
    }

    void cloneIsIndependent()
    {
        SecureBuffer a = SecureBuffer::fromBytes("9090");
        SecureBuffer b = a.clone();
        a.clear();
        QVERIFY(b.equals("9090"));
    }

    void fromDigits()
    {
        QVERIFY(SecureBuffer::fromDigits(u"0123").has_value());
        QVERIFY(SecureBuffer::fromDigits(u"0123")->equals("0123"));
        QVERIFY(!SecureBuffer::fromDigits(u"12a4").has_value());
        QVERIFY(!SecureBuffer::fromDigits(u"１２３４").has_value()); // full-width digits are not ASCII
        QVERIFY(SecureBuffer::fromDigits(u"")->isEmpty());
        QVERIFY(SecureBuffer::fromBytes("0123").isDigits());
        QVERIFY(!SecureBuffer::fromBytes("01 3").isDigits());
        QVERIFY(!SecureBuffer().isDigits());
    }

    void equals()
    {
        const SecureBuffer a = SecureBuffer::fromBytes("4821");
        QVERIFY(a.equals("4821"));
        QVERIFY(!a.equals("4822"));
        QVERIFY(!a.equals("482"));
        QVERIFY(SecureBuffer().equals(""));
    }

    void wipeQByteArray()
    {
        QByteArray answer("FF100C123456789018");
        SecureBuffer::wipe(answer);
        QVERIFY(answer.isEmpty());
        QCOMPARE(g_freed.size(), 1);
        QCOMPARE(g_freed.first().size, 18);
        QVERIFY(g_freed.first().allZero);
    }

    void wipeRawMemory()
    {
        char buffer[8] = {'1', '2', '3', '4', '5', '6', '7', '8'};
        SecureBuffer::wipe(buffer, sizeof buffer);
        for (char c : buffer)
            QCOMPARE(c, '\0');
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
