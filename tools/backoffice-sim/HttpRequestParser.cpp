#include "HttpRequestParser.h"

namespace kakanai::backofficesim {

namespace {

constexpr QByteArrayView kCrLf("\r\n");
constexpr QByteArrayView kHeadEnd("\r\n\r\n");

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// field-value: VCHAR / obs-text / SP / HTAB.
bool isFieldValue(QByteArrayView s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\t' || (u >= 0x20 && u != 0x7F))
            continue;
        return false;
    }
    return true;
}

QByteArrayView trimBlanks(QByteArrayView s)
{
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s = s.chopped(1);
    return s;
}

bool isDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// True when the comma-separated list `value` holds `token` (case-insensitive).
bool listHasToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &item : value.split(',')) {
        if (trimBlanks(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_phase == Phase::Failed)
        return;
    m_buffer.append(bytes);
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return State::Error;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest taken = std::move(m_request);
    m_request = HttpRequest{};
    if (m_phase == Phase::Complete)
        m_phase = Phase::Head;
    m_scanned = 0;
    return taken;
}

HttpRequestParser::State HttpRequestParser::advance()
{
    switch (m_phase) {
    case Phase::Failed:
        return State::Error;
    case Phase::Complete:
        return State::MessageComplete;
    case Phase::Body:
        if (m_buffer.size() < m_request.contentLength)
            return State::NeedMore;
        m_request.body = m_buffer.first(static_cast<qsizetype>(m_request.contentLength));
        m_buffer.remove(0, static_cast<qsizetype>(m_request.contentLength));
        m_phase = Phase::Complete;
        return State::MessageComplete;
    case Phase::Head:
        break;
    }

    // RFC 9112 2.2: ignore empty lines before a request line.
    if (m_scanned == 0) {
        qsizetype skip = 0;
        while (m_buffer.size() - skip >= 2 && m_buffer.at(skip) == '\r' && m_buffer.at(skip + 1) == '\n')
            skip += 2;
        if (skip > 0)
            m_buffer.remove(0, skip);
        if (m_buffer.size() == 1 && m_buffer.at(0) == '\r')
            return State::NeedMore;
    }

    // The head ends at the first CRLFCRLF; only the head is checked (the body may hold anything).
    const qsizetype end = m_buffer.indexOf(kHeadEnd, std::max<qsizetype>(0, m_scanned - 3));
    const qsizetype scanTo = std::min(end >= 0 ? end + kHeadEnd.size() : m_buffer.size(), m_limits.maxHeadBytes);
    for (qsizetype i = m_scanned; i < scanTo; ++i) {
        const char c = m_buffer.at(i);
        if (c == '\0')
            return fail(400, QStringLiteral("NUL byte in the request head"));
        if (c == '\n' && (i == 0 || m_buffer.at(i - 1) != '\r'))
            return fail(400, QStringLiteral("bare LF in the request head: lines must end in CRLF"));
    }
    m_scanned = std::max(m_scanned, scanTo);

    if (end < 0 || end + kHeadEnd.size() > m_limits.maxHeadBytes) {
        if (m_buffer.size() >= m_limits.maxHeadBytes)
            return fail(431, QStringLiteral("request head larger than %1 bytes").arg(m_limits.maxHeadBytes));
        return State::NeedMore;
    }

    const QByteArray head = m_buffer.first(end);
    m_buffer.remove(0, end + kHeadEnd.size());
    m_scanned = 0;
    const State s = parseHead(head);
    if (s != State::HeadComplete)
        return s;
    m_phase = Phase::Body;
    return State::HeadComplete;
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, QStringLiteral("malformed request line: expected METHOD SP TARGET SP VERSION"));
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);

    if (!isToken(method))
        return fail(400, QStringLiteral("malformed request method"));
    if (target.isEmpty() || target.front() != '/')
        return fail(400, QStringLiteral("request target must be an absolute path (origin-form)"));
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '#')
            return fail(400, QStringLiteral("invalid character in the request target"));
    }
    if (version == "HTTP/1.1") {
        m_request.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_request.minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(5) >= '0' && version.at(5) <= '9'
               && version.at(6) == '.' && version.at(7) >= '0' && version.at(7) <= '9') {
        return fail(505, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are supported"));
    } else {
        return fail(400, QStringLiteral("malformed HTTP version"));
    }

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    const qsizetype q = target.indexOf('?');
    m_request.path = (q < 0 ? target : target.first(q)).toByteArray();
    return State::HeadComplete;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    m_request = HttpRequest{};
    const qsizetype firstEnd = head.indexOf(kCrLf);
    const QByteArrayView requestLine = firstEnd < 0 ? head : head.first(firstEnd);
    if (const State s = parseRequestLine(requestLine); s != State::HeadComplete)
        return s;

    QByteArrayView rest = firstEnd < 0 ? QByteArrayView() : head.sliced(firstEnd + kCrLf.size());
    int count = 0;
    while (firstEnd >= 0) {
        const qsizetype e = rest.indexOf(kCrLf);
        const QByteArrayView line = e < 0 ? rest : rest.first(e);
        if (line.isEmpty())
            return fail(400, QStringLiteral("empty header line"));
        if (isBlank(line.front()))
            return fail(400, QStringLiteral("obsolete header line folding is not accepted"));
        if (++count > m_limits.maxHeaderCount)
            return fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderCount));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, QStringLiteral("malformed header field name (header %1)").arg(count));
        const QByteArrayView value = trimBlanks(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, QStringLiteral("invalid character in a header field value (header %1)").arg(count));
        m_request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
        if (e < 0)
            break;
        rest = rest.sliced(e + kCrLf.size());
    }

    // Framing and connection semantics.
    int hosts = 0;
    bool haveLength = false;
    QByteArray lengthText;
    bool close = false;
    bool keepAliveToken = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "host") {
            ++hosts;
        } else if (name == "transfer-encoding") {
            return fail(501, QStringLiteral("Transfer-Encoding is not supported: send a Content-Length"));
        } else if (name == "content-length") {
            // "Content-Length: 5, 5" and repeated equal fields are allowed; anything else is not.
            for (const QByteArray &item : value.split(',')) {
                const QByteArray v = trimBlanks(item).toByteArray();
                if (!isDigits(v) || v.size() > 15)
                    return fail(400, QStringLiteral("malformed Content-Length"));
                if (haveLength && v != lengthText)
                    return fail(400, QStringLiteral("conflicting Content-Length values"));
                haveLength = true;
                lengthText = v;
            }
        } else if (name == "connection") {
            close = close || listHasToken(value, "close");
            keepAliveToken = keepAliveToken || listHasToken(value, "keep-alive");
        } else if (name == "expect") {
            if (value.compare(QByteArrayView("100-continue"), Qt::CaseInsensitive) != 0)
                return fail(417, QStringLiteral("only \"Expect: 100-continue\" is supported"));
            m_request.expectContinue = true;
        }
    }
    if (m_request.minorVersion == 1 && hosts != 1)
        return fail(400, QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
    if (hosts > 1)
        return fail(400, QStringLiteral("more than one Host header"));
    if (haveLength) {
        bool ok = false;
        m_request.contentLength = lengthText.toLongLong(&ok);
        if (!ok)
            return fail(400, QStringLiteral("malformed Content-Length"));
        if (m_request.contentLength > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("body larger than %1 bytes").arg(m_limits.maxBodyBytes));
    }
    m_request.keepAlive = !close && (m_request.minorVersion == 1 || keepAliveToken);
    return State::HeadComplete;
}

} // namespace kakanai::backofficesim
