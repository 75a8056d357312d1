#include "MatchingCodeBDialog.h"

#include "card/MatchingCodeB.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kakanai {

MatchingCodeBDialog::MatchingCodeBDialog(QWidget *parent)
    : QDialog(parent), m_birthDate(new QDateEdit(this)), m_eraPreview(new QLabel(this)),
      m_expiryYear(new QSpinBox(this)), m_securityCode(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("matchingCodeBDialog"));
    setWindowTitle(tr("Read the card without the PIN"));
    auto *intro = new QLabel(tr("For a citizen who forgot the PIN. Copy these three items from the front of the card. "
                                "Only name, address, birth date and sex can be read this way."),
                             this);
    intro->setWordWrap(true);

    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDateRange(QDate(1900, 1, 1), QDate(2199, 12, 31));
    m_birthDate->setDate(QDate(1980, 1, 1));
    m_eraPreview->setObjectName(QStringLiteral("eraPreview"));
    m_expiryYear->setObjectName(QStringLiteral("expiryYearSpin"));
    m_expiryYear->setRange(2015, 2199);
    m_expiryYear->setValue(2030);
    m_securityCode->setObjectName(QStringLiteral("securityCodeEdit"));
    m_securityCode->setEchoMode(QLineEdit::Password);
    m_securityCode->setMaxLength(4);
    m_securityCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), this));
    m_error->setObjectName(QStringLiteral("codeBError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(QString(), m_eraPreview);
    form->addRow(tr("&Expiry year of the card:"), m_expiryYear);
    form->addRow(tr("&Security code (4 digits):"), m_securityCode);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("codeBOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Read"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MatchingCodeBDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &MatchingCodeBDialog::updatePreview);
    updatePreview();
}

void MatchingCodeBDialog::updatePreview()
{
    const auto yymmdd = MatchingCodeB::eraYyMmDd(m_birthDate->date());
    m_eraPreview->setText(yymmdd ? tr("Era date on the card: %1").arg(QString::fromLatin1(*yymmdd))
                                 : tr("This birth date cannot be used for this check."));
}

void MatchingCodeBDialog::accept()
{
    QByteArray code = m_securityCode->text().toLatin1();
    auto built = MatchingCodeB::build(m_birthDate->date(), m_expiryYear->value(), code);
    SecureBuffer::wipe(code);
    m_securityCode->clear();
    if (!built) {
        m_error->setText(built.error().message());
        return;
    }
    m_code = std::move(*built);
    QDialog::accept();
}

SecureBuffer MatchingCodeBDialog::takeCode()
{
    return std::move(m_code);
}

} // namespace kakanai
