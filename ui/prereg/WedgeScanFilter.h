#pragma once

#include "scan/WedgeDetector.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QEvent;
class QTimer;
class QWidget;

namespace kakanai {

// Catches a 2-D scanner typing as a keyboard anywhere in the application
// (docs/admin/scanners.md). The intake page installs it on the QApplication
// while the page is visible (install()/uninstall()).
//
// Every key press of the focused widget goes through scan::WedgeDetector:
// - a key that may start or continue a scan is held back (at most the
//   detector's maxGapMs for a person's key);
// - a burst that the detector calls a scan and that the predicate accepts
//   is swallowed — its keys never reach the focused field — and scanned()
//   is emitted once with its text;
// - anything else (a person typing, a fast burst that is not ours, such as
//   another barcode) is given back to the widget it was meant for, as the
//   same events in the same order.
// Key releases that come while keys are held are held with them. Input
// method commit strings (full-width text from a Japanese IME in 全角 mode)
// count as their characters. From the second fast key of a burst until it
// ends, the input method of the focused widget is switched off
// (Qt::WA_InputMethodEnabled, QInputMethod::reset()) so that it does not
// compose the rest of the scanner's keys.
//
// Time: an injectable clock (default: a QElapsedTimer started with the
// filter), read when an event is filtered — not the events' timestamps,
// which on X11 are the server's clock and in synthetic events are 0. A
// one-shot timer ends a burst after its gap (flush()). Should the GUI
// thread stall for longer than the gap in the middle of a scan, the burst
// is split: the first part fails the format's checksum (it is never half
// read) and the clerk scans again.
class WedgeScanFilter : public QObject {
    Q_OBJECT
public:
    using Predicate = std::function<bool(QStringView)>;
    using Clock = std::function<qint64()>;

    explicit WedgeScanFilter(Predicate isSymbol, QObject *parent = nullptr, Clock clock = {});
    ~WedgeScanFilter() override;

    void setThresholds(const scan::WedgeDetector::Thresholds &thresholds);
    const scan::WedgeDetector::Thresholds &thresholds() const { return m_detector.thresholds(); }

    // Filters the application's events from now on / no more (what is held is given back).
    void install();
    void uninstall();
    bool isInstalled() const { return m_installed; }

    // Held units (key presses, releases, input method events) right now.
    int heldCount() const { return int(m_held.size()); }

    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Ends the burst if its gap has passed by the clock (the timer calls it).
    void flush();

signals:
    // A scan the predicate accepted, its text as read (letters upper case,
    // full width folded to ASCII). Never logged.
    void scanned(const QString &text);

private:
    struct Held {
        QPointer<QObject> target;
        std::unique_ptr<QEvent> event;
    };

    bool filterKeyPress(QWidget *target, QEvent *event);
    bool filterInputMethod(QWidget *target, QEvent *event);
    // Applies a burst's end: swallow it (scan accepted) or give it back. Returns whether it was swallowed.
    bool settle(const scan::BurstEnd &end);
    void giveBack();
    void hold(QWidget *target, QEvent *event);
    void suspendInputMethod(QWidget *widget);
    void restoreInputMethod();
    void armTimer();

    Predicate m_isSymbol;
    Clock m_clock;
    scan::WedgeDetector m_detector;
    std::vector<Held> m_held;
    QTimer *m_timer;
    QPointer<QWidget> m_imeSuspendedOn;
    bool m_installed = false;
    bool m_replaying = false;
    bool m_lastScanAccepted = false;
    // The key press we let through last and its receiver: the application
    // sees it again as it propagates to the receiver's parents.
    const QEvent *m_passedEvent = nullptr;
    QPointer<QWidget> m_passedTo;
};

} // namespace kakanai
