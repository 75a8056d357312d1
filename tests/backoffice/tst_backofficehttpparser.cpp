// The simulator's strict HTTP/1.1 request parser: accepted forms, every
// rejection with its status, limits, and incremental/pipelined input.

#include "HttpRequestParser.h"

#include <QTest>

using namespace kakanai::backofficesim;

class TestBackofficeHttpParser : public QObject {
    Q_OBJECT

private:
    using State = HttpRequestParser::State;

    // Runs the parser over `bytes` until it completes a request or fails.
    static State runToEnd(HttpRequestParser &parser)
    {
        for (;;) {
            const State s = parser.advance();
            if (s != State::HeadComplete)
                return s;
        }
    }

private Q_SLOTS:
    void acceptsRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("get") << QByteArray("GET /health HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("GET")
                             << QByteArray("/health") << QByteArray() << true;
        QTest::newRow("query stripped") << QByteArray("GET /records/abc?x=1&y=2 HTTP/1.1\r\nHost: x\r\n\r\n")
                                        << QByteArray("GET") << QByteArray("/records/abc") << QByteArray() << true;
        QTest::newRow("post body") << QByteArray("POST /records HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                                   << QByteArray("POST") << QByteArray("/records") << QByteArray("hello") << true;
        QTest::newRow("body may hold LF and NUL")
            << QByteArray("POST /r HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n") + QByteArray("a\n\0b", 4)
            << QByteArray("POST")
            << QByteArray("/r") << QByteArray("a\n\0b", 4) << true;
        QTest::newRow("connection close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n")
                                          << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
        QTest::newRow("connection list") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: TE, close\r\n\r\n")
                                         << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
        QTest::newRow("http/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/")
                                         << QByteArray() << false;
        QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                                             << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
        QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                             << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
        QTest::newRow("repeated equal length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n"
                                                             "Content-Length: 2\r\n\r\nok")
                                               << QByteArray("POST") << QByteArray("/") << QByteArray("ok") << true;
        QTest::newRow("blanks around value") << QByteArray("GET / HTTP/1.1\r\nHost: \t x \t\r\n\r\n")
                                             << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
    }

    void acceptsRequests()
    {
        QFETCH(QByteArray, raw);
        HttpRequestParser parser;
        parser.append(raw);
        QCOMPARE(runToEnd(parser), State::MessageComplete);
        const HttpRequest r = parser.takeRequest();
        QTEST(r.method, "method");
        QTEST(r.path, "path");
        QTEST(r.body, "body");
        QTEST(r.keepAlive, "keepAlive");
        QVERIFY(parser.isIdle());
    }

    void headersAreLowerCasedAndTrimmed()
    {
        HttpRequestParser parser;
        parser.append("POST /records HTTP/1.1\r\nHost: h\r\nIdempotency-KEY:  abc \r\nExpect: 100-continue\r\n"
                      "Content-Length: 0\r\n\r\n");
        QCOMPARE(runToEnd(parser), State::MessageComplete);
        const HttpRequest r = parser.takeRequest();
        QCOMPARE(r.header("idempotency-key"), QByteArray("abc"));
        QVERIFY(r.hasHeader("host"));
        QVERIFY(!r.hasHeader("Host"));
        QVERIFY(r.expectContinue);
        QCOMPARE(r.minorVersion, 1);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");

        const QByteArray bigHead = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(17000, 'a') + "\r\n\r\n";
        QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 101; ++i)
            manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
        manyHeaders += "\r\n";

        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("bare LF after head line") << QByteArray("GET / HTTP/1.1\r\nHost: x\n\r\n") << 400;
        QTest::newRow("NUL in head") << QByteArray("GET / HTTP/1.1\r\nHost: ") + QByteArray("\0x\r\n\r\n", 6) << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("missing version") << QByteArray("GET /\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("non-ascii target") << QByteArray("GET /\xC3\xA4 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("garbage version") << QByteArray("GET / HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x01\x01\xfc\x03\x03\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n") << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n") << 400;
        QTest::newRow("control char in value") << QByteArray("GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n") << 400;
        QTest::newRow("CR in value") << QByteArray("GET / HTTP/1.1\r\nHost: x\ry\r\n\r\n") << 400;
        QTest::newRow("length not a number") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1a\r\n\r\n")
                                             << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")
                                         << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999\r\n"
                                                   "\r\n")
                                     << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("body over 1 MiB") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n")
                                         << 413;
        QTest::newRow("other expectation") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n") << 417;
        QTest::newRow("head over 16 KiB") << bigHead << 431;
        QTest::newRow("head over 16 KiB, unfinished") << bigHead.left(16500) << 431;
        QTest::newRow("101 headers") << manyHeaders << 431;
    }

    void rejects()
    {
        QFETCH(QByteArray, raw);
        HttpRequestParser parser;
        parser.append(raw);
        QCOMPARE(runToEnd(parser), State::Error);
        QTEST(parser.errorStatus(), "status");
        QVERIFY(!parser.errorMessage().isEmpty());
        // Once failed, it stays failed.
        parser.append("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(parser.advance(), State::Error);
    }

    void exactlyOneMiBIsAccepted()
    {
        HttpRequestParser parser;
        parser.append("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n");
        QCOMPARE(parser.advance(), State::HeadComplete);
        QCOMPARE(parser.advance(), State::NeedMore);
        parser.append(QByteArray(1048576, 'x'));
        QCOMPARE(parser.advance(), State::MessageComplete);
        QCOMPARE(parser.takeRequest().body.size(), 1048576);
    }

    void tooLargeIsRefusedBeforeTheBody()
    {
        HttpRequestParser::Limits limits;
        limits.maxBodyBytes = 10;
        HttpRequestParser parser(limits);
        parser.append("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n"); // no body byte yet
        QCOMPARE(parser.advance(), State::Error);
        QCOMPARE(parser.errorStatus(), 413);
    }

    void byteByByte()
    {
        const QByteArray raw = "POST /records HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
        HttpRequestParser parser;
        bool headSeen = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            parser.append(raw.mid(i, 1));
            State s = parser.advance();
            if (s == State::HeadComplete) {
                QCOMPARE(i, raw.size() - 4); // right after the blank line
                headSeen = true;
                s = parser.advance();
            }
            if (i + 1 < raw.size())
                QCOMPARE(s, State::NeedMore);
            else
                QCOMPARE(s, State::MessageComplete);
        }
        QVERIFY(headSeen);
        QCOMPARE(parser.takeRequest().body, QByteArray("abc"));
    }

    void pipelinedRequestsOneAtATime()
    {
        HttpRequestParser parser;
        parser.append("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                      "GET /c HTTP/1.1\r\n");
        QCOMPARE(runToEnd(parser), State::MessageComplete);
        QCOMPARE(parser.advance(), State::MessageComplete); // until taken
        QCOMPARE(parser.takeRequest().path, QByteArray("/a"));
        QCOMPARE(runToEnd(parser), State::MessageComplete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/b"));
        QCOMPARE(runToEnd(parser), State::NeedMore);
        QVERIFY(!parser.isIdle());
        parser.append("Host: x\r\n\r\n");
        QCOMPARE(runToEnd(parser), State::MessageComplete);
        QCOMPARE(parser.takeRequest().path, QByteArray("/c"));
        QVERIFY(parser.isIdle());
    }

    void crlfSplitAcrossReads()
    {
        HttpRequestParser parser;
        parser.append("GET / HTTP/1.1\r\nHost: x\r");
        QCOMPARE(parser.advance(), State::NeedMore);
        parser.append("\n\r");
        QCOMPARE(parser.advance(), State::NeedMore);
        parser.append("\n");
        QCOMPARE(runToEnd(parser), State::MessageComplete);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeHttpParser)
#include "tst_backofficehttpparser.moc"
