#include "PinDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai {

PinDialog::PinDialog(int triesLeft, QWidget *parent)
    : QDialog(parent), m_triesLeft(triesLeft), m_entry(new QLineEdit(this)), m_tries(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("PIN of the My Number card"));
    setModal(true);

    auto *prompt = new QLabel(tr("Please enter the 4-digit PIN of your card (the PIN for form input; usually the same 4 digits as for identity verification)."), this);
    prompt->setWordWrap(true);
    QFont promptFont = prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.4);
    prompt->setFont(promptFont);

    // The field shows dots only; typing goes through press() so the digits
    // also land in the wiping buffer, never only in a QString.
    m_entry->setObjectName(QStringLiteral("pinEntry"));
    m_entry->setReadOnly(true);
    m_entry->setFocusPolicy(Qt::NoFocus);
    m_entry->setAlignment(Qt::AlignCenter);
    QFont big = m_entry->font();
    big.setPointSizeF(big.pointSizeF() * 3.0);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 12);
    m_entry->setFont(big);
    m_entry->setMinimumHeight(QFontMetrics(big).height() + 24);

    m_tries->setObjectName(QStringLiteral("triesLabel"));
    m_tries->setText(tr("Tries left: %1").arg(triesLeft));
    QFont triesFont = m_tries->font();
    triesFont.setPointSizeF(triesFont.pointSizeF() * 1.2);
    m_tries->setFont(triesFont);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    const QString order = QStringLiteral("123456789");
    QFont keyFont = font();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 2.0);
    auto makeKey = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setFont(keyFont);
        b->setMinimumSize(88, 72); // large enough for a finger
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        return b;
    };
    for (int i = 0; i < 9; ++i) {
        const QChar digit = order.at(i);
        auto *b = makeKey(QString(digit), QStringLiteral("key%1").arg(digit));
        connect(b, &QPushButton::clicked, this, [this, digit] { press(digit); });
        keypad->addWidget(b, i / 3, i % 3);
    }
    auto *clear = makeKey(tr("Clear"), QStringLiteral("keyClear"));
    connect(clear, &QPushButton::clicked, this, &PinDialog::clearEntry);
    auto *zero = makeKey(QStringLiteral("0"), QStringLiteral("key0"));
    connect(zero, &QPushButton::clicked, this, [this] { press(QLatin1Char('0')); });
    auto *back = makeKey(QStringLiteral("⌫"), QStringLiteral("keyBackspace"));
    back->setToolTip(tr("Delete the last digit"));
    connect(back, &QPushButton::clicked, this, &PinDialog::backspace);
    keypad->addWidget(clear, 3, 0);
    keypad->addWidget(zero, 3, 1);
    keypad->addWidget(back, 3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(prompt);
    layout->addWidget(m_entry);
    layout->addWidget(m_tries);
    if (triesLeft == 1) {
        m_warning = new QLabel(tr("Only one try is left. If this PIN is wrong, the card is locked and must be "
                                  "unlocked at the My Number card desk. Please make sure of the PIN before you continue."),
                               this);
        m_warning->setObjectName(QStringLiteral("lastTryWarning"));
        m_warning->setWordWrap(true);
        m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; background: #fde8e8; border: 2px solid #c62828; padding: 10px; font-weight: bold; }"));
        m_confirm = new QCheckBox(tr("Clerk: I explained this to the citizen, who wants to try"), this);
        m_confirm->setObjectName(QStringLiteral("lastTryConfirm"));
        connect(m_confirm, &QCheckBox::toggled, this, &PinDialog::updateState);
        layout->addWidget(m_warning);
        layout->addWidget(m_confirm);
    }
    layout->addLayout(keypad);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enter"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinCancel"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        b->setMinimumHeight(56);
        b->setFont(promptFont);
    }
    // Enter means "send the PIN", never "cancel": Cancel must not become the
    // default button when it has the focus (it is the only focusable one).
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

PinDialog::~PinDialog()
{
    m_pin.clear();
}

void PinDialog::press(QChar digit)
{
    if (m_pin.size() >= kPinLength || !digit.isDigit() || digit.unicode() > '9')
        return;
    m_pin.append(char(digit.unicode()));
    updateState();
}

void PinDialog::backspace()
{
    if (m_pin.isEmpty())
        return;
    SecureBuffer shorter = SecureBuffer::fromBytes(m_pin.view().first(m_pin.size() - 1));
    m_pin = std::move(shorter);
    updateState();
}

void PinDialog::clearEntry()
{
    m_pin.clear();
    updateState();
}

void PinDialog::updateState()
{
    m_entry->setText(QString(m_pin.size(), QChar(0x25CF))); // ●
    const bool complete = m_pin.size() == kPinLength;
    const bool confirmed = !m_confirm || m_confirm->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && confirmed);
}

void PinDialog::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0) >= QLatin1Char('0') && text.at(0) <= QLatin1Char('9')) {
        press(text.at(0));
        return;
    }
    if (event->key() == Qt::Key_Backspace) {
        backspace();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return; // Enter before 4 digits does nothing
    }
    QDialog::keyPressEvent(event);
}

void PinDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_pin.clear();
    QDialog::done(result);
}

SecureBuffer PinDialog::takePin()
{
    SecureBuffer out = std::move(m_pin);
    m_pin.clear();
    updateState();
    return out;
}

bool PinDialog::lastTryConfirmed() const
{
    return m_confirm && m_confirm->isChecked();
}

} // namespace kakanai
