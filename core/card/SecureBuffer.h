#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace kakanai {

// Bytes that must not outlive their use: a PIN, 照合番号B, an individual
// number. The memory is wiped (sodium_memzero) when the buffer is cleared,
// grows, is moved from or destroyed. There is deliberately no conversion to
// QString or QByteArray: a caller that really needs one (the CLI printing a
// number the operator asked for) writes the copy out by hand from view().
// Copies are explicit (clone()); moves leave the source empty.
class SecureBuffer {
public:
    SecureBuffer() = default;
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer fromBytes(QByteArrayView bytes);
    // ASCII digits only (the PIN, 照合番号B); nullopt for anything else,
    // without saying what it was.
    static std::optional<SecureBuffer> fromDigits(QStringView text);

    SecureBuffer clone() const;

    void append(char c);
    void append(QByteArrayView bytes);
    // Wipes the bytes and frees the memory.
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char *data() const { return m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

    bool isDigits() const;            // non-empty and only '0'..'9'
    bool equals(QByteArrayView other) const; // constant time for equal lengths

    // Wipes a QByteArray that held secret bytes (only its own, unshared copy).
    static void wipe(QByteArray &bytes);
    static void wipe(void *data, size_t size);

    // Tests only: called with every block (and every QByteArray passed to
    // wipe()) right after it was wiped and just before it is freed, so a test can check that it holds only zeros.
    using WipeObserver = void (*)(const char *data, qsizetype size);
    static void setWipeObserverForTesting(WipeObserver observer);

private:
    void reserve(qsizetype capacity);
    static void release(char *data, qsizetype capacity);

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace kakanai
