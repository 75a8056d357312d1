#include "FakeEscPosPrinter.h"

#include "EscPosStream.h"

namespace kakanai::testing {

FakeEscPosPrinter::FakeEscPosPrinter(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeEscPosPrinter::onNewConnection);
}

bool FakeEscPosPrinter::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

void FakeEscPosPrinter::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_scanned = m_received.size();
        m_client = socket;
        connect(socket, &QTcpSocket::readyRead, this, &FakeEscPosPrinter::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeEscPosPrinter::onReadyRead()
{
    if (!m_client)
        return;
    m_received += m_client->readAll();
    emit bytesReceived();
    if (m_closeAfter >= 0 && m_received.size() >= m_closeAfter) {
        m_client->abort();
        return;
    }
    if (m_insideData) {
        for (; m_scanned + 2 < m_received.size(); ++m_scanned) {
            const quint8 n = quint8(m_received[m_scanned + 2]);
            if (m_received[m_scanned] == 0x10 && m_received[m_scanned + 1] == 0x04 && n >= 1 && n <= 4) {
                answer(n, m_scanned);
                m_scanned += 2;
            }
        }
        return;
    }
    while (auto command = nextEscPosCommand(m_received, m_scanned)) {
        if (command->kind == EscPosCommand::Kind::StatusRequest)
            answer(quint8(command->value), m_scanned);
        m_scanned += escPosCommandSize(*command);
    }
}

void FakeEscPosPrinter::answer(quint8 n, qsizetype position)
{
    if (!m_answers || !m_client)
        return;
    const bool afterCut = m_after && m_received.left(position).contains(QByteArray("\x1d\x56", 2));
    const auto &answers = afterCut ? *m_after : m_before;
    const quint8 byte = n == 1 ? answers[0] : n == 2 ? answers[1] : n == 4 ? answers[2] : 0x12;
    m_client->write(QByteArray(1, char(byte)));
    ++m_answersSent;
}

} // namespace kakanai::testing
