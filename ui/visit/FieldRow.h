#pragma once

#include "forms/FieldState.h"
#include "forms/FormField.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace kakanai {

// One field on the visit screen: an input made for its type, the source
// badge (カード / QR / 職員 …), the validation icon with the reason as
// tooltip, and for a clerk correction the value it replaced (元: …) with a
// reset button. It only shows a FieldState and reports what the clerk did;
// VisitEditor decides whether that is a shared fact or a correction.
class FieldRow : public QWidget {
    Q_OBJECT
public:
    // `formId` empty for a shared fact (`factKey` set).
    FieldRow(QString formId, forms::FormField field, QString factKey, QWidget *parent = nullptr);

    QString formId() const { return m_formId; }
    QString fieldId() const { return m_field.id; }
    QString factKey() const { return m_factKey; }
    const forms::FormField &field() const { return m_field; }
    QWidget *input() const;

    void showState(const forms::FieldState &state);
    // The individual number in clear, while the clerk asked to see it.
    void showRevealedNumber(const QString &grouped);
    void hideNumber();
    // Empties every text the row shows (no personal data left).
    void wipe();

signals:
    void edited(const QVariant &input);
    // Digits only, typed into an individual-number field.
    void numberEdited(const QString &digits);
    void resetRequested();
    void revealRequested(bool reveal);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void commitText();

    QString m_formId;
    forms::FormField m_field;
    QString m_factKey;
    bool m_revealed = false;

    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QLabel *m_members = nullptr;
    QToolButton *m_reveal = nullptr;
    QLabel *m_badge;
    QLabel *m_stateIcon;
    QToolButton *m_reset;
    QLabel *m_original;
    QString m_lastCommitted;
};

} // namespace kakanai
