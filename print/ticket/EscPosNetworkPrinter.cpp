#include "EscPosNetworkPrinter.h"

#include "ticket/TicketImage.h"
#include "ticket/TicketLogging.h"
#include "ticket/TicketPrinterErrors.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace kakanai::print {

namespace {

// QTcpSocket's waits take int milliseconds; at least 1 so that an expired
// deadline still lets the socket look at what already arrived.
int remainingMs(const QDeadlineTimer &deadline) { return int(std::max<qint64>(1, deadline.remainingTime())); }

enum class ReadOutcome { Ok, TimedOut, Closed };

// Reads until `count` bytes are there or the deadline passes.
ReadOutcome readAtLeast(QTcpSocket &socket, qsizetype count, const QDeadlineTimer &deadline, QByteArray &into)
{
    while (into.size() < count) {
        into += socket.readAll();
        if (into.size() >= count)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState)
            return ReadOutcome::Closed;
        if (deadline.hasExpired())
            return ReadOutcome::TimedOut;
        if (!socket.waitForReadyRead(remainingMs(deadline))) {
            into += socket.readAll();
            if (into.size() >= count)
                break;
            return socket.error() == QAbstractSocket::SocketTimeoutError ? ReadOutcome::TimedOut
                                                                        : ReadOutcome::Closed;
        }
    }
    return ReadOutcome::Ok;
}

} // namespace

EscPosNetworkPrinter::EscPosNetworkPrinter(Options options) : m_options(std::move(options)) {}

QString EscPosNetworkPrinter::where() const
{
    // An IPv6 literal gets brackets so that the port stays readable.
    const bool ipv6 = m_options.host.contains(QLatin1Char(':'));
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(m_options.host).arg(m_options.port);
}

QString EscPosNetworkPrinter::describe() const { return QStringLiteral("ESC/POS %1").arg(where()); }

Status EscPosNetworkPrinter::print(const TicketPrintout &ticket)
{
    auto image = TicketImage::render(ticket, m_options.widthDots);
    if (!image) {
        qCWarning(lcTicketPrint) << "ticket not rendered:" << Error::codeName(image.error().code())
                                 << image.error().technicalDetail();
        return std::unexpected(Error(ErrorCode::PrinterFailed, image.error().message(), where()));
    }
    return printImage(*image);
}

Status EscPosNetworkPrinter::printImage(const QImage &image)
{
    m_lastStatus.reset();
    const int timeoutMs = int(m_options.timeout.count());
    QTcpSocket socket;

    socket.connectToHost(m_options.host, m_options.port);
    if (!socket.waitForConnected(timeoutMs)) {
        qCWarning(lcTicketPrint) << "no connection to" << where() << socket.errorString();
        return std::unexpected(TicketPrinterErrors::notReachableOnNetwork(where()));
    }

    // Asks DLE EOT 1, 2, 4 and reads the three answers, after `extraAnswers`
    // bytes that answer look-alikes of DLE EOT inside the job (Epson answers
    // those too; printers that do not are waited for only briefly).
    auto askStatus = [&](int extraAnswers) -> Result<escpos::PrinterStatus> {
        socket.write(escpos::fullStatusRequest());
        const QDeadlineTimer deadline(timeoutMs);
        if (!socket.waitForBytesWritten(remainingMs(deadline)) && socket.bytesToWrite() > 0) {
            qCWarning(lcTicketPrint) << "status request not written to" << where() << socket.errorString();
            return std::unexpected(socket.state() == QAbstractSocket::ConnectedState
                                       ? TicketPrinterErrors::noStatusAnswer(where())
                                       : TicketPrinterErrors::connectionBroken(where()));
        }
        QByteArray answers;
        const ReadOutcome outcome = readAtLeast(socket, 3, deadline, answers);
        if (outcome != ReadOutcome::Ok) {
            qCWarning(lcTicketPrint) << "no status answer from" << where() << "bytes" << answers.size()
                                     << (outcome == ReadOutcome::Closed ? "connection closed" : "timed out");
            if (outcome == ReadOutcome::Closed)
                return std::unexpected(TicketPrinterErrors::connectionBroken(where()));
            return std::unexpected(TicketPrinterErrors::noStatusAnswer(where()));
        }
        if (extraAnswers > 0 && answers.size() < 3 + extraAnswers) {
            // Answers to look-alikes come before ours, if at all: once ours
            // could be complete, only a short wait for the rest.
            const QDeadlineTimer grace(std::min(timeoutMs, 300));
            readAtLeast(socket, 3 + extraAnswers, grace, answers);
        }
        const QByteArray last = answers.right(3);
        const auto status = escpos::parseStatus(quint8(last[0]), quint8(last[1]), quint8(last[2]));
        if (!status) {
            qCWarning(lcTicketPrint) << "not a status answer from" << where() << last.toHex(' ');
            return std::unexpected(TicketPrinterErrors::notEscPos(where()));
        }
        m_lastStatus = status;
        return *status;
    };

    auto refusal = [&](const escpos::PrinterStatus &status, bool afterJob) -> std::optional<Error> {
        if (status.paperEnd || status.stoppedByPaperEnd)
            return afterJob ? TicketPrinterErrors::ranOutOfPaperWhilePrinting(where())
                            : TicketPrinterErrors::outOfPaper(where());
        if (status.coverOpen)
            return TicketPrinterErrors::coverOpen(where());
        if (!status.readyToPrint())
            return TicketPrinterErrors::offline(where());
        return std::nullopt;
    };

    auto before = askStatus(0);
    if (!before)
        return std::unexpected(before.error());
    if (auto refused = refusal(*before, false)) {
        qCWarning(lcTicketPrint) << "printer" << where() << "refused the job:" << Error::codeName(refused->code());
        return std::unexpected(*refused);
    }

    const QByteArray job = escpos::ticketJob(image);
    socket.write(job);
    const QDeadlineTimer writeDeadline(timeoutMs);
    while (socket.bytesToWrite() > 0) {
        if (socket.state() != QAbstractSocket::ConnectedState || writeDeadline.hasExpired()
            || !socket.waitForBytesWritten(remainingMs(writeDeadline))) {
            if (socket.bytesToWrite() == 0)
                break;
            qCWarning(lcTicketPrint) << "job to" << where() << "not written:" << socket.bytesToWrite() << "of"
                                     << job.size() << "bytes left" << socket.errorString();
            return std::unexpected(socket.state() == QAbstractSocket::ConnectedState
                                       ? TicketPrinterErrors::notAllWritten(where())
                                       : TicketPrinterErrors::connectionBroken(where()));
        }
    }

    auto after = askStatus(escpos::countStatusRequestLookalikes(job));
    if (!after) {
        // The job went out but the printer did not confirm it: the slip may be
        // missing or cut short, so it does not count as printed.
        return std::unexpected(after.error().code() == ErrorCode::PrinterOffline
                                   ? TicketPrinterErrors::notConfirmed(where())
                                   : after.error());
    }
    if (auto refused = refusal(*after, true)) {
        qCWarning(lcTicketPrint) << "printer" << where() << "failed during the job:"
                                 << Error::codeName(refused->code());
        return std::unexpected(refused->code() == ErrorCode::PrinterOutOfPaper
                                   ? *refused
                                   : Error(ErrorCode::PrinterFailed, refused->message(), where()));
    }
    if (after->paperNearEnd)
        qCInfo(lcTicketPrint) << "printer" << where() << "reports the paper roll near its end";
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(std::min(timeoutMs, 1000));
    qCDebug(lcTicketPrint) << "ticket printed on" << where() << job.size() << "bytes";
    return {};
}

} // namespace kakanai::print
