#include "EscPosDevicePrinter.h"

#include "ticket/EscPos.h"
#include "ticket/TicketImage.h"
#include "ticket/TicketLogging.h"
#include "ticket/TicketPrinterErrors.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace kakanai::print {

namespace {

// Closes the descriptor on every way out.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

EscPosDevicePrinter::EscPosDevicePrinter(Options options) : m_options(std::move(options)) {}

QString EscPosDevicePrinter::describe() const { return QStringLiteral("ESC/POS %1").arg(m_options.devicePath); }

Status EscPosDevicePrinter::print(const TicketPrintout &ticket)
{
    auto image = TicketImage::render(ticket, m_options.widthDots);
    if (!image) {
        qCWarning(lcTicketPrint) << "ticket not rendered:" << Error::codeName(image.error().code())
                                 << image.error().technicalDetail();
        return std::unexpected(Error(ErrorCode::PrinterFailed, image.error().message(), m_options.devicePath));
    }
    return printImage(*image);
}

Status EscPosDevicePrinter::printImage(const QImage &image)
{
    const QString &path = m_options.devicePath;
    // POSIX rather than QFile: QFile cannot open non-blocking, and a blocking
    // write() to a printer that stopped would never return.
    FileDescriptor device;
    device.fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (device.fd < 0) {
        const int error = errno;
        qCWarning(lcTicketPrint) << "cannot open" << path << std::strerror(error);
        if (error == EACCES || error == EPERM || error == EROFS)
            return std::unexpected(TicketPrinterErrors::deviceNotAllowed(path));
        // ENOENT, ENODEV, ENXIO (a FIFO or port with nobody behind it), …
        return std::unexpected(TicketPrinterErrors::deviceMissing(path));
    }

    const QByteArray job = escpos::ticketJob(image);
    const int timeoutMs = int(m_options.timeout.count());
    qsizetype written = 0;
    QDeadlineTimer stalled(timeoutMs);
    while (written < job.size()) {
        const ssize_t n = ::write(device.fd, job.constData() + written, size_t(job.size() - written));
        if (n > 0) {
            written += n;
            stalled.setRemainingTime(timeoutMs);
            continue;
        }
        const int error = n < 0 ? errno : EAGAIN;
        if (error == EINTR)
            continue;
        if (error != EAGAIN && error != EWOULDBLOCK) {
            qCWarning(lcTicketPrint) << "write to" << path << "failed after" << written << "of" << job.size()
                                     << "bytes:" << std::strerror(error);
            return std::unexpected(TicketPrinterErrors::notAllWritten(path));
        }
        pollfd wait{device.fd, POLLOUT, 0};
        const int ready = ::poll(&wait, 1, int(std::max<qint64>(0, stalled.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0 || (wait.revents & (POLLERR | POLLHUP | POLLNVAL))) {
            qCWarning(lcTicketPrint) << "device" << path << "stopped taking data after" << written << "of"
                                     << job.size() << "bytes";
            return std::unexpected(TicketPrinterErrors::notAllWritten(path));
        }
    }
    qCDebug(lcTicketPrint) << "ticket written to" << path << job.size() << "bytes";
    return {};
}

} // namespace kakanai::print
