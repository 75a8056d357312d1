#pragma once

#include "card/CardHolder.h"

#include <map>
#include <QWidget>

class QLabel;

namespace kakanai {

class CardPanel;
class CardSession;
class ReaderMonitor;
class SessionController;

// 受付: one citizen, one intake. Today: the My Number card. The forms part
// (手続ナビ, pre-fill, print) joins it with the intake issue.
class IntakePage : public QWidget {
    Q_OBJECT
public:
    IntakePage(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent = nullptr);

    CardPanel *cardPanel() const { return m_cardPanel; }

    // Audits card reads and reveals on behalf of the signed-in clerk, and
    // parks/resumes the open visit when clerks change.
    void attachSession(SessionController &session);

    // Another clerk takes over this PC: keep `staffId`'s open visit (in memory
    // only) and clear the screen; resume() puts it back when they return.
    void park(const QString &staffId);
    bool resume(const QString &staffId);
    bool hasParked(const QString &staffId) const { return m_parked.count(staffId) > 0; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    CardPanel *m_cardPanel;
    QLabel *m_formsNote;
    std::map<QString, CardHolder> m_parked;
};

} // namespace kakanai
