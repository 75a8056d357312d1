#include "SerialScanner.h"

#include "common/LogCategories.h"

#include <QStringDecoder>
#include <QTimer>

namespace kakanai::scan {

SerialScanner::SerialScanner(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_port(new QSerialPort(this)), m_retry(new QTimer(this)),
      m_idle(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(m_options.retryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &SerialScanner::tryOpen);
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_options.idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        // Suffix::None: the pause after the last byte ends the scan.
        QByteArray line = std::exchange(m_buffer, {});
        const bool wasDiscarding = std::exchange(m_discarding, false);
        if (!wasDiscarding)
            finishLine(std::move(line));
    });
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onError);
}

SerialScanner::~SerialScanner()
{
    // Closed here, not by QObject's child deletion, so that no signal of a
    // half-destroyed scanner is emitted.
    m_port->disconnect(this);
    m_port->close();
}

void SerialScanner::start()
{
    if (m_state != State::Stopped)
        return;
    m_reportedOpenFailure = false;
    m_openAttempts = 0;
    setState(State::Connecting);
    tryOpen();
}

void SerialScanner::stop()
{
    m_retry->stop();
    m_idle->stop();
    m_port->close();
    m_buffer.clear();
    m_discarding = false;
    m_lastWasCr = false;
    setState(State::Stopped);
}

void SerialScanner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SerialScanner::tryOpen()
{
    if (m_state == State::Stopped)
        return;
    // By name every time: after a replug the device may be another node
    // (ttyACM0 → ttyACM1) behind the same by-id link.
    m_port->setPortName(m_options.portName);
    ++m_openAttempts;
    if (!m_port->open(QIODevice::ReadOnly)) {
        // The error (NotFound, PermissionError, …) came through onError(),
        // which ignores it while we are not connected.
        if (!m_reportedOpenFailure) {
            m_reportedOpenFailure = true;
            qCInfo(lcScan) << "serial scanner: cannot open the port yet, retrying every"
                           << m_options.retryIntervalMs << "ms; error" << m_port->error();
            if (m_port->error() == QSerialPort::PermissionError)
                emit problem(tr("The scanner's port cannot be opened: no permission. Ask the administrator "
                                "to add this account to the group of the serial ports (dialout)."));
        }
        m_port->clearError();
        m_retry->start();
        return;
    }
    m_port->setBaudRate(m_options.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    m_buffer.clear();
    m_discarding = false;
    m_lastWasCr = false;
    m_reportedOpenFailure = false;
    qCInfo(lcScan) << "serial scanner connected at" << m_options.baudRate << "baud";
    setState(State::Connected);
    // Bytes that arrived before we connected the notifier.
    if (m_port->bytesAvailable() > 0)
        onReadyRead();
}

void SerialScanner::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || m_state != State::Connected)
        return;
    // An unplugged device shows as ResourceError, or as ReadError when the
    // read fails with EIO (Linux ttys, also a pseudo-terminal whose master
    // closed): either way closing and opening again is what helps.
    if (error == QSerialPort::ResourceError || error == QSerialPort::ReadError
        || error == QSerialPort::UnknownError) {
        qCInfo(lcScan) << "serial scanner: port lost," << error;
        lostDevice();
        return;
    }
    if (error != QSerialPort::TimeoutError)
        qCWarning(lcScan) << "serial scanner error" << error;
    m_port->clearError();
}

void SerialScanner::lostDevice()
{
    qCInfo(lcScan) << "serial scanner gone; retrying every" << m_options.retryIntervalMs << "ms";
    m_idle->stop();
    m_port->close();
    m_port->clearError();
    m_buffer.clear();
    m_discarding = false;
    m_lastWasCr = false;
    emit problem(tr("The scanner was disconnected. Kakanai will use it again as soon as it is plugged in."));
    setState(State::Connecting);
    m_retry->start();
}

void SerialScanner::onReadyRead()
{
    if (m_state != State::Connected)
        return;
    const QByteArray bytes = m_port->readAll();
    if (m_options.suffix == Suffix::None) {
        if (!m_discarding) {
            m_buffer += bytes;
            if (m_buffer.size() > m_options.maxLineBytes) {
                m_buffer.clear();
                m_discarding = true;
                emit problem(tr("A scan was too long and was ignored. Scan the code again."));
            }
        }
        m_idle->start();
        return;
    }
    for (const char byte : bytes) {
        if (byte == '\r' || byte == '\n') {
            const bool secondHalfOfCrLf = byte == '\n' && m_lastWasCr;
            m_lastWasCr = byte == '\r';
            if (secondHalfOfCrLf)
                continue;
            QByteArray line = std::exchange(m_buffer, {});
            if (!std::exchange(m_discarding, false))
                finishLine(std::move(line));
            continue;
        }
        m_lastWasCr = false;
        if (m_discarding)
            continue;
        if (m_buffer.size() >= m_options.maxLineBytes) {
            m_buffer.clear();
            m_discarding = true;
            emit problem(tr("A scan was too long and was ignored. Scan the code again."));
            continue;
        }
        m_buffer.append(byte);
    }
}

void SerialScanner::finishLine(QByteArray line)
{
    if (line.isEmpty())
        return;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(line);
    if (decoder.hasError()) {
        qCInfo(lcScan) << "serial scanner: refused a line that is not UTF-8," << line.size() << "bytes";
        emit problem(tr("The scanner sent text that could not be read (not UTF-8) and it was ignored. "
                        "Check the scanner's character set, then scan again."));
        return;
    }
    emit scanned(text);
}

} // namespace kakanai::scan
