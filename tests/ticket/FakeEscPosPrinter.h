#pragma once

// A receipt printer on a loopback port, for the tests: it records every byte
// it receives and answers DLE EOT 1, 2, 4 with the status bytes it is given.
// It lives in the test's thread; the printer under test runs on another one.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <array>
#include <optional>

namespace kakanai::testing {

class FakeEscPosPrinter : public QObject {
    Q_OBJECT
public:
    // The answers to DLE EOT 1, 2, 4 of a printer ready to print.
    static constexpr std::array<quint8, 3> kReady{0x12, 0x12, 0x12};

    explicit FakeEscPosPrinter(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Answers before the job's cut (GS V) arrived, and after it.
    void setStatus(std::array<quint8, 3> answers) { m_before = answers; }
    void setStatusAfterCut(std::array<quint8, 3> answers) { m_after = answers; }
    // false: takes the connection and the bytes but never answers.
    void setAnswersStatus(bool answers) { m_answers = answers; }
    // Epson printers answer a DLE EOT found anywhere, inside raster data too;
    // false: only DLE EOT where a command starts.
    void setAnswersInsideData(bool inside) { m_insideData = inside; }
    // Closes the connection once this many bytes arrived (-1: never).
    void setCloseAfterBytes(qsizetype bytes) { m_closeAfter = bytes; }

    const QByteArray &received() const { return m_received; }
    int connections() const { return m_connections; }
    int answersSent() const { return m_answersSent; }

signals:
    void bytesReceived();

private:
    void onNewConnection();
    void onReadyRead();
    void answer(quint8 n, qsizetype position);

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_received;
    qsizetype m_scanned = 0;
    std::array<quint8, 3> m_before = kReady;
    std::optional<std::array<quint8, 3>> m_after;
    bool m_answers = true;
    bool m_insideData = true;
    qsizetype m_closeAfter = -1;
    int m_connections = 0;
    int m_answersSent = 0;
};

} // namespace kakanai::testing
