#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace kakanai::backofficesim {

// A small, strict, incremental HTTP/1.1 request parser (RFC 9112 subset):
// - request line `METHOD SP origin-form SP HTTP/1.1|HTTP/1.0`, single spaces;
// - every line ends in CRLF (a bare LF is an error), no obsolete line folding;
// - header names are tokens, values are visible ASCII/obs-text/blanks only;
// - HTTP/1.1 needs exactly one Host; the body is framed by Content-Length only
//   (Transfer-Encoding answers 501);
// - bounded: the head (request line + headers) and the body have limits, and a
//   too-large Content-Length is refused before any body byte is read.
// Bytes after a complete request stay buffered for the next one.
class HttpRequestParser {
public:
    struct Limits {
        qsizetype maxHeadBytes = 16 * 1024; // request line + headers + blank line
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    enum class State {
        NeedMore,        // feed more bytes
        HeadComplete,    // the head is parsed (request() has no body yet); call advance() again
        MessageComplete, // request() is complete: takeRequest() before parsing the next one
        Error,           // errorStatus()/errorMessage(); the connection must be answered and closed
    };

    explicit HttpRequestParser(Limits limits);
    HttpRequestParser() : HttpRequestParser(Limits{}) {}

    void append(const QByteArray &bytes);
    State advance();

    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest(); // after MessageComplete; readies the parser for the next request

    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

    // True when no byte of a next request has arrived yet.
    bool isIdle() const { return m_phase == Phase::Head && m_buffer.isEmpty(); }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    const Limits &limits() const { return m_limits; }

private:
    enum class Phase { Head, Body, Complete, Failed };

    State fail(int status, const QString &message);
    State parseHead(QByteArrayView head);
    State parseRequestLine(QByteArrayView line);

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of the head already checked for bare LF and NUL
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace kakanai::backofficesim
