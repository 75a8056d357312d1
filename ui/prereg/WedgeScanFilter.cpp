#include "WedgeScanFilter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace kakanai {

WedgeScanFilter::WedgeScanFilter(Predicate isSymbol, QObject *parent, Clock clock)
    : QObject(parent), m_isSymbol(std::move(isSymbol)), m_clock(std::move(clock)), m_timer(new QTimer(this))
{
    if (!m_clock) {
        auto elapsed = std::make_shared<QElapsedTimer>();
        elapsed->start();
        m_clock = [elapsed] { return elapsed->elapsed(); };
    }
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &WedgeScanFilter::flush);
}

WedgeScanFilter::~WedgeScanFilter()
{
    // No replay and no signal from a destructor: what is held is dropped.
    if (m_installed)
        qApp->removeEventFilter(this);
    restoreInputMethod();
}

void WedgeScanFilter::setThresholds(const scan::WedgeDetector::Thresholds &thresholds)
{
    m_detector.setThresholds(thresholds);
}

void WedgeScanFilter::install()
{
    if (m_installed)
        return;
    qApp->installEventFilter(this);
    m_installed = true;
}

void WedgeScanFilter::uninstall()
{
    if (!m_installed)
        return;
    qApp->removeEventFilter(this);
    m_installed = false;
    m_timer->stop();
    if (auto end = m_detector.finish())
        settle(*end);
}

bool WedgeScanFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || !watched->isWidgetType())
        return false;
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::InputMethod)
        return false;
    auto *target = static_cast<QWidget *>(watched);
    // An event we let through travels on to the parents of its receiver when
    // the receiver ignores it; that is not a new key. (Consecutive events
    // often have the same address, so the receiver itself is not skipped.)
    if (event == m_passedEvent && m_passedTo && target != m_passedTo && target->isAncestorOf(m_passedTo))
        return false;

    bool swallowed = false;
    switch (type) {
    case QEvent::KeyPress:
        swallowed = filterKeyPress(target, event);
        break;
    case QEvent::InputMethod:
        swallowed = filterInputMethod(target, event);
        break;
    default: // KeyRelease: stays in order with the presses held before it
        if (!m_held.empty()) {
            hold(target, event);
            swallowed = true;
        }
        break;
    }
    if (!swallowed) {
        m_passedEvent = event;
        m_passedTo = target;
    }
    return swallowed;
}

bool WedgeScanFilter::filterKeyPress(QWidget *target, QEvent *event)
{
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    const scan::WedgeKey key{keyEvent->key(), keyEvent->text(), keyEvent->modifiers(), keyEvent->isAutoRepeat()};
    const scan::FeedResult result = m_detector.feed(key, m_clock());
    bool scanSwallowed = m_lastScanAccepted;
    if (result.ended)
        scanSwallowed = settle(*result.ended);
    switch (result.action) {
    case scan::KeyAction::Hold:
        hold(target, event);
        suspendInputMethod(target);
        armTimer();
        return true;
    case scan::KeyAction::Suffix:
        m_lastScanAccepted = false;
        return scanSwallowed; // the suffix of a refused scan is typed like the rest
    case scan::KeyAction::Pass:
        break;
    }
    m_lastScanAccepted = false;
    return false;
}

bool WedgeScanFilter::filterInputMethod(QWidget *target, QEvent *event)
{
    const auto *imEvent = static_cast<QInputMethodEvent *>(event);
    if (imEvent->commitString().isEmpty()) {
        // Composition only: keep it in order if keys are held, else let it be.
        if (m_held.empty())
            return false;
        hold(target, event);
        return true;
    }
    const scan::WedgeKey key{0, imEvent->commitString(), Qt::NoModifier, false};
    const scan::FeedResult result = m_detector.feed(key, m_clock());
    if (result.ended)
        settle(*result.ended);
    m_lastScanAccepted = false;
    if (result.action == scan::KeyAction::Hold) {
        hold(target, event);
        suspendInputMethod(target);
        armTimer();
        return true;
    }
    return false;
}

void WedgeScanFilter::hold(QWidget *target, QEvent *event)
{
    m_held.push_back(Held{target, std::unique_ptr<QEvent>(event->clone())});
}

bool WedgeScanFilter::settle(const scan::BurstEnd &end)
{
    m_timer->stop();
    const bool accepted = end.kind == scan::BurstEnd::Kind::Scan && m_isSymbol && m_isSymbol(end.text);
    m_lastScanAccepted = accepted;
    if (!accepted) {
        restoreInputMethod();
        giveBack();
        return false;
    }
    // The scan's keys never reach the field. An input method may have shown
    // a composition for them: clear it where it was shown.
    std::vector<Held> swallowed = std::exchange(m_held, {});
    restoreInputMethod();
    QList<QPointer<QObject>> composedIn;
    for (const Held &held : swallowed) {
        if (held.event->type() == QEvent::InputMethod && held.target && !composedIn.contains(held.target))
            composedIn.append(held.target);
    }
    m_replaying = true;
    for (const QPointer<QObject> &target : composedIn) {
        if (target) {
            QInputMethodEvent clear;
            QCoreApplication::sendEvent(target, &clear);
        }
    }
    m_replaying = false;
    emit scanned(end.text);
    return true;
}

void WedgeScanFilter::giveBack()
{
    std::vector<Held> held = std::exchange(m_held, {});
    m_replaying = true;
    for (Held &h : held) {
        QObject *target = h.target ? h.target.data() : QApplication::focusWidget();
        if (target)
            QCoreApplication::sendEvent(target, h.event.get());
    }
    m_replaying = false;
}

void WedgeScanFilter::suspendInputMethod(QWidget *widget)
{
    // From the second fast key on: a person's single key (most of them) does
    // not toggle the input method, which some IMEs answer by resetting their mode.
    if (m_detector.heldCount() < 2 || m_imeSuspendedOn || !widget->testAttribute(Qt::WA_InputMethodEnabled))
        return;
    m_imeSuspendedOn = widget;
    widget->setAttribute(Qt::WA_InputMethodEnabled, false);
    QGuiApplication::inputMethod()->reset();
}

void WedgeScanFilter::restoreInputMethod()
{
    if (!m_imeSuspendedOn)
        return;
    QWidget *widget = m_imeSuspendedOn.data();
    m_imeSuspendedOn.clear();
    widget->setAttribute(Qt::WA_InputMethodEnabled, true);
    if (widget->hasFocus())
        QGuiApplication::inputMethod()->update(Qt::ImEnabled);
}

void WedgeScanFilter::armTimer()
{
    const qint64 wait = m_detector.deadlineMs() - m_clock() + 1;
    m_timer->start(int(std::clamp<qint64>(wait, 1, m_detector.thresholds().maxGapMs + 1)));
}

void WedgeScanFilter::flush()
{
    if (!m_detector.pending())
        return;
    if (auto end = m_detector.flush(m_clock()))
        settle(*end);
    else
        armTimer();
}

} // namespace kakanai
