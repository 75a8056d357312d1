#include "SettingsPage.h"

#include "common/Settings.h"
#include "common/LanguageManager.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kakanai {

SettingsPage::SettingsPage(Settings &settings, LanguageManager &languages, QString databasePath, int schemaVersion,
                           QWidget *parent)
    : QWidget(parent), m_settings(settings), m_languages(languages), m_databasePath(std::move(databasePath)),
      m_schemaVersion(schemaVersion), m_title(new QLabel(this)), m_form(new QFormLayout),
      m_language(new QComboBox(this)), m_terminalId(new QLineEdit(this)), m_officeName(new QLineEdit(this)),
      m_timeZone(new QComboBox(this)), m_databaseLabel(new QLabel(this)), m_settingsFileLabel(new QLabel(this)),
      m_applyButton(new QPushButton(this)), m_message(new QLabel(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so a clerk can find their own.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_terminalId->setObjectName(QStringLiteral("terminalIdEdit"));
    m_terminalId->setMaxLength(64);
    m_officeName->setObjectName(QStringLiteral("officeNameEdit"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setWordWrap(true);
    m_settingsFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsFileLabel->setWordWrap(true);
    m_applyButton->setObjectName(QStringLiteral("applySettingsButton"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    for (QWidget *field : {static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_terminalId),
                           static_cast<QWidget *>(m_officeName), static_cast<QWidget *>(m_timeZone),
                           static_cast<QWidget *>(m_databaseLabel), static_cast<QWidget *>(m_settingsFileLabel)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_applyButton, &QPushButton::clicked, this, &SettingsPage::apply);
    load();
    retranslate();
}

void SettingsPage::load()
{
    m_language->setCurrentIndex(m_language->findData(m_settings.string(SettingKey::Language)));
    m_terminalId->setText(m_settings.string(SettingKey::TerminalId));
    m_officeName->setText(m_settings.string(SettingKey::OfficeName));
    m_timeZone->setCurrentText(m_settings.string(SettingKey::OfficeTimeZone));
}

bool SettingsPage::apply()
{
    const QString terminal = m_terminalId->text().trimmed();
    const QString zone = m_timeZone->currentText().trimmed();
    const QString language = m_language->currentData().toString();
    // Validate everything first, so an invalid field changes nothing.
    if (terminal.isEmpty()) {
        m_message->setText(tr("Enter a terminal ID (for example counter-01)."));
        m_terminalId->setFocus();
        return false;
    }
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        m_message->setText(tr("“%1” is not a known time zone. Choose one from the list (for example Asia/Tokyo).").arg(zone));
        m_timeZone->setFocus();
        return false;
    }
    m_settings.setValue(SettingKey::TerminalId, terminal);
    m_settings.setValue(SettingKey::OfficeTimeZone, zone);
    m_settings.setValue(SettingKey::OfficeName, m_officeName->text().trimmed());
    m_settings.setValue(SettingKey::Language, language);
    m_settings.sync();
    if (language != m_languages.language())
        m_languages.setLanguage(language);
    m_message->setText(tr("Settings saved. A new time zone applies to new tickets and statistics."));
    return true;
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        static_cast<QLabel *>(m_form->labelForField(field))->setText(text);
    };
    setLabel(m_language, tr("&Language:"));
    setLabel(m_terminalId, tr("&Terminal ID:"));
    setLabel(m_officeName, tr("&Office name:"));
    setLabel(m_timeZone, tr("Office time &zone:"));
    setLabel(m_databaseLabel, tr("Database:"));
    setLabel(m_settingsFileLabel, tr("Settings file:"));
    m_databaseLabel->setText(tr("%1 (schema %2)").arg(QDir::toNativeSeparators(m_databasePath)).arg(m_schemaVersion));
    m_settingsFileLabel->setText(QDir::toNativeSeparators(m_settings.fileName()));
    m_applyButton->setText(tr("&Save settings"));
    m_message->clear();
}

} // namespace kakanai
