#pragma once

#include "card/CardHolder.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace kakanai {

class CardSession;
class ReaderMonitor;
class Error;

// The My Number card part of the intake page: which reader, "read card",
// progress, then the 4 facts (and the individual number, masked, only when
// the clerk asked for it). Every failure shows a message and leaves no
// half-filled data.
class CardPanel : public QWidget {
    Q_OBJECT
public:
    // Whether the next read also asks for the individual number (the clerk's
    // tick; the intake page sets it when a chosen form needs the number).
    bool readsIndividualNumber() const;
    void setReadIndividualNumber(bool read);

    CardPanel(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent = nullptr);

    // The facts of the last successful read, until clear() (held by the CardSession).
    const CardHolder *holder() const;
    QString currentReader() const;

    // Parking a visit when another clerk signs in: the facts move out of the
    // panel (which is cleared) and can be put back later.
    std::optional<CardHolder> takeHolder();
    void restoreHolder(CardHolder holder);
    // Says that an interrupted visit is back (its facts are in the session already).
    void showRestoredNote();

public slots:
    void startRead();
    void startReadWithMatchingCodeB();
    void clear();

signals:
    void holderChanged();
    // The clerk showed the individual number on screen (an audited action).
    void individualNumberRevealed();
    // For the audit log: a read finished (never carries what was read).
    void cardRead(bool withIndividualNumber, bool withMatchingCodeB);
    void cardReadFailed(const QString &errorCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshReaders();
    void updateButtons();
    void onTriesFinished(bool ok);
    void onReadFinished(bool ok);
    void onHolderChanged();
    void askPin(int triesLeft);
    void showError(const Error &error);
    void showHolder();
    void toggleNumber();
    QString readerStateText() const;

    ReaderMonitor &m_monitor;
    CardSession &m_session;
    QString m_preferredReader;
    bool m_numberShown = false;
    bool m_pendingCodeB = false;

    QLabel *m_title;
    QComboBox *m_readerCombo;
    QLabel *m_readerState;
    QCheckBox *m_withNumber;
    QPushButton *m_readButton;
    QPushButton *m_codeBButton;
    QPushButton *m_clearButton;
    QProgressBar *m_progress;
    QLabel *m_message;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QLabel *m_name;
    QLabel *m_address;
    QLabel *m_birthDate;
    QLabel *m_sex;
    QLabel *m_number;
    QPushButton *m_revealButton;
};

} // namespace kakanai
