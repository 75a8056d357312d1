#pragma once

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QString>

class QTimer;

namespace kakanai::scan {

// A 2-D scanner on a serial port (USB-COM, CDC ACM): reads what it sends,
// one scan per line, and survives the device being unplugged and plugged in
// again (docs/admin/scanners.md).
//
// - Lines end with CR, LF or CRLF (Suffix::LineEnd), or, for a scanner set to
//   send no suffix (Suffix::None), with a pause of idleTimeoutMs after the
//   last byte. Empty lines are ignored.
// - A line longer than maxLineBytes, or one that is not UTF-8, is refused
//   with problem(); its content is never logged nor quoted.
// - On ResourceError (the device went away) or when the port cannot be
//   opened, the port is closed and opened again every retryIntervalMs until
//   it is back. The port name is opened again by name each time, so a
//   /dev/serial/by-id/… link that udev re-creates on replug keeps working.
class SerialScanner : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,    // not started, or stopped
        Connecting, // waiting for the device (not there yet, or unplugged)
        Connected,  // open, reading
    };
    Q_ENUM(State)

    enum class Suffix {
        LineEnd, // CR, LF or CRLF ends a scan
        None,    // a pause ends a scan
    };
    Q_ENUM(Suffix)

    struct Options {
        QString portName;          // /dev/ttyACM0, /dev/serial/by-id/usb-…, or a name Qt knows
        qint32 baudRate = 9600;
        Suffix suffix = Suffix::LineEnd;
        int idleTimeoutMs = 100;   // Suffix::None: the pause that ends a scan
        int maxLineBytes = 8192;
        int retryIntervalMs = 1000;
    };

    explicit SerialScanner(Options options, QObject *parent = nullptr);
    ~SerialScanner() override;

    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    // How often the port was tried since start() (diagnostics, tests).
    int openAttempts() const { return m_openAttempts; }

    // Opens the port, or keeps trying to. Connecting, then Connected.
    void start();
    // Closes the port and stops trying. Stopped.
    void stop();

signals:
    // One scan, its line ending removed.
    void scanned(const QString &text);
    void stateChanged(kakanai::scan::SerialScanner::State state);
    // Something went wrong, said for the clerk (translated, no scanned content).
    void problem(const QString &message);

private:
    void tryOpen();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void lostDevice();
    void setState(State state);
    void finishLine(QByteArray line);
    void takeLines();

    Options m_options;
    QSerialPort *m_port;
    QTimer *m_retry;
    QTimer *m_idle;
    State m_state = State::Stopped;
    QByteArray m_buffer;
    bool m_discarding = false;     // inside an overlong line: drop up to its end
    bool m_lastWasCr = false;      // a LF right after CR is the same line end
    bool m_reportedOpenFailure = false;
    int m_openAttempts = 0;
};

} // namespace kakanai::scan
