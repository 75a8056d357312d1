#include "PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kakanai {

PlaceholderPage::PlaceholderPage(std::function<QString()> title, std::function<QString()> description, QWidget *parent)
    : QWidget(parent), m_title(std::move(title)), m_description(std::move(description)),
      m_titleLabel(new QLabel(this)), m_descriptionLabel(new QLabel(this)), m_statusLabel(new QLabel(this))
{
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont f = m_titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_titleLabel->setFont(f);
    m_descriptionLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("notAvailable"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 12px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_titleLabel->setText(m_title());
    m_descriptionLabel->setText(m_description());
    m_statusLabel->setText(tr("This part of Kakanai is not available in this version yet. Nothing you do here is saved."));
}

} // namespace kakanai
