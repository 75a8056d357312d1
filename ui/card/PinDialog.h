#pragma once

#include "card/SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kakanai {

// The citizen types the card's 4-digit PIN here: large masked digits, an
// on-screen keypad for touch, the tries left in plain words. With one try
// left the clerk must tick a confirmation (a wrong PIN then locks the card)
// before the PIN can be sent.
class PinDialog : public QDialog {
    Q_OBJECT
public:
    PinDialog(int triesLeft, QWidget *parent = nullptr);
    ~PinDialog() override;

    // The PIN typed, moved out of the dialog; the field is cleared.
    SecureBuffer takePin();
    bool lastTryConfirmed() const;

    static constexpr int kPinLength = 4;

private:
    void press(QChar digit);
    void backspace();
    void clearEntry();
    void updateState();
    void keyPressEvent(QKeyEvent *event) override;
    void done(int result) override;

    int m_triesLeft;
    QLineEdit *m_entry;
    QLabel *m_tries;
    QLabel *m_warning = nullptr;
    QCheckBox *m_confirm = nullptr;
    QDialogButtonBox *m_buttons;
    SecureBuffer m_pin;
};

} // namespace kakanai
