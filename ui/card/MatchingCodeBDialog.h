#pragma once

#include "card/SecureBuffer.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kakanai {

// Staff-assisted path for a citizen who forgot the PIN: the clerk copies the
// birth date, the card's expiry year and the 4-digit security code from the
// card face; Kakanai builds 照合番号B from them. Reads the 4 facts only.
class MatchingCodeBDialog : public QDialog {
    Q_OBJECT
public:
    explicit MatchingCodeBDialog(QWidget *parent = nullptr);

    // The 14 digits, built when the dialog was accepted; empty otherwise.
    SecureBuffer takeCode();

private:
    void accept() override;
    void updatePreview();

    QDateEdit *m_birthDate;
    QLabel *m_eraPreview;
    QSpinBox *m_expiryYear;
    QLineEdit *m_securityCode;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    SecureBuffer m_code;
};

} // namespace kakanai
