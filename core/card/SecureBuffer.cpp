#include "SecureBuffer.h"

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

namespace kakanai {

namespace {
std::atomic<SecureBuffer::WipeObserver> g_wipeObserver{nullptr};
} // namespace

void SecureBuffer::setWipeObserverForTesting(WipeObserver observer)
{
    g_wipeObserver.store(observer);
}

void SecureBuffer::release(char *data, qsizetype capacity)
{
    if (!data)
        return;
    sodium_memzero(data, static_cast<size_t>(capacity));
    if (WipeObserver observer = g_wipeObserver.load())
        observer(data, capacity);
    delete[] data;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer b;
    b.append(bytes);
    return b;
}

std::optional<SecureBuffer> SecureBuffer::fromDigits(QStringView text)
{
    SecureBuffer b;
    b.reserve(text.size());
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt; // b wipes what it had
        b.append(static_cast<char>(c.unicode()));
    }
    return b;
}

SecureBuffer SecureBuffer::clone() const
{
    return fromBytes(view());
}

void SecureBuffer::reserve(qsizetype capacity)
{
    if (capacity <= m_capacity)
        return;
    // Grow by allocating anew and wiping the old block: realloc() could leave
    // a copy behind.
    const qsizetype newCapacity = std::max<qsizetype>(capacity, std::max<qsizetype>(16, m_capacity * 2));
    char *fresh = new char[static_cast<size_t>(newCapacity)];
    if (m_size > 0)
        std::memcpy(fresh, m_data, static_cast<size_t>(m_size));
    release(m_data, m_capacity);
    m_data = fresh;
    m_capacity = newCapacity;
}

void SecureBuffer::append(char c)
{
    reserve(m_size + 1);
    m_data[m_size++] = c;
}

void SecureBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    reserve(m_size + bytes.size());
    std::memcpy(m_data + m_size, bytes.data(), static_cast<size_t>(bytes.size()));
    m_size += bytes.size();
}

void SecureBuffer::clear()
{
    release(m_data, m_capacity);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool SecureBuffer::isDigits() const
{
    if (m_size == 0)
        return false;
    return std::all_of(m_data, m_data + m_size, [](char c) { return c >= '0' && c <= '9'; });
}

bool SecureBuffer::equals(QByteArrayView other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), static_cast<size_t>(m_size)) == 0;
}

void SecureBuffer::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        bytes.clear();
        return;
    }
    // data() detaches a shared array first; the caller is expected to hold the
    // only reference (a fresh answer from the card), so nothing is copied.
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    if (WipeObserver observer = g_wipeObserver.load())
        observer(bytes.constData(), bytes.size());
    bytes.clear();
}

void SecureBuffer::wipe(void *data, size_t size)
{
    if (data && size > 0)
        sodium_memzero(data, size);
}

} // namespace kakanai
