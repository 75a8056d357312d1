#include "SettingsPage.h"

#include "common/Settings.h"
#include "common/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSerialPortInfo>
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
      m_timeZone(new QComboBox(this)), m_keyboardWedge(new QCheckBox(this)), m_serialPort(new QComboBox(this)),
      m_serialBaud(new QComboBox(this)), m_databaseLabel(new QLabel(this)), m_settingsFileLabel(new QLabel(this)),
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
    m_keyboardWedge->setObjectName(QStringLiteral("keyboardWedgeCheck"));
    m_serialPort->setObjectName(QStringLiteral("serialPortCombo"));
    // The ports present now, by their stable /dev/serial/by-id names first; any path may be typed.
    m_serialPort->setEditable(true);
    m_serialPort->addItem(QString(), QString());
    const QDir byId(QStringLiteral("/dev/serial/by-id"));
    for (const QString &name : byId.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
        m_serialPort->addItem(byId.filePath(name), byId.filePath(name));
    for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
        m_serialPort->addItem(port.systemLocation(), port.systemLocation());
    m_serialBaud->setObjectName(QStringLiteral("serialBaudCombo"));
    for (int baud : {9600, 19200, 38400, 57600, 115200})
        m_serialBaud->addItem(QString::number(baud), baud);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseLabel->setWordWrap(true);
    m_settingsFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsFileLabel->setWordWrap(true);
    m_applyButton->setObjectName(QStringLiteral("applySettingsButton"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    for (QWidget *field : {static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_terminalId),
                           static_cast<QWidget *>(m_officeName), static_cast<QWidget *>(m_timeZone),
                           static_cast<QWidget *>(m_keyboardWedge), static_cast<QWidget *>(m_serialPort),
                           static_cast<QWidget *>(m_serialBaud), static_cast<QWidget *>(m_databaseLabel), static_cast<QWidget *>(m_settingsFileLabel)}) {
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
    m_keyboardWedge->setChecked(m_settings.boolean(SettingKey::ScannerKeyboardWedge));
    m_serialPort->setCurrentText(m_settings.string(SettingKey::ScannerSerialPort));
    const int baud = m_settings.integer(SettingKey::ScannerSerialBaud);
    if (m_serialBaud->findData(baud) < 0)
        m_serialBaud->addItem(QString::number(baud), baud);
    m_serialBaud->setCurrentIndex(m_serialBaud->findData(baud));
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
    const QString port = m_serialPort->currentText().trimmed();
    if (!port.isEmpty() && !port.startsWith(QLatin1Char('/'))) {
        m_message->setText(tr("Give the serial scanner's port as a device path, for example "
                              "/dev/serial/by-id/usb-…, or leave it empty."));
        m_serialPort->setFocus();
        return false;
    }
    const bool scannerChanged = port != m_settings.string(SettingKey::ScannerSerialPort)
        || m_serialBaud->currentData().toInt() != m_settings.integer(SettingKey::ScannerSerialBaud)
        || m_keyboardWedge->isChecked() != m_settings.boolean(SettingKey::ScannerKeyboardWedge);
    m_settings.setValue(SettingKey::TerminalId, terminal);
    m_settings.setValue(SettingKey::ScannerKeyboardWedge, m_keyboardWedge->isChecked());
    m_settings.setValue(SettingKey::ScannerSerialPort, port);
    m_settings.setValue(SettingKey::ScannerSerialBaud, m_serialBaud->currentData().toInt());
    m_settings.setValue(SettingKey::OfficeTimeZone, zone);
    m_settings.setValue(SettingKey::OfficeName, m_officeName->text().trimmed());
    m_settings.setValue(SettingKey::Language, language);
    m_settings.sync();
    if (language != m_languages.language())
        m_languages.setLanguage(language);
    m_message->setText(scannerChanged
                           ? tr("Settings saved. The QR scanner settings apply from the next start of Kakanai.")
                           : tr("Settings saved. A new time zone applies to new tickets and statistics."));
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
    setLabel(m_keyboardWedge, tr("QR &keyboard scanner:"));
    m_keyboardWedge->setText(tr("Recognise a 2-D scanner typing as a keyboard on the intake page"));
    setLabel(m_serialPort, tr("QR serial scanner &port:"));
    m_serialPort->setToolTip(tr("Empty: no serial scanner. Prefer the /dev/serial/by-id/… name: it stays the same "
                                "when the scanner is plugged in elsewhere."));
    setLabel(m_serialBaud, tr("Serial scanner &baud rate:"));
    setLabel(m_databaseLabel, tr("Database:"));
    setLabel(m_settingsFileLabel, tr("Settings file:"));
    m_databaseLabel->setText(tr("%1 (schema %2)").arg(QDir::toNativeSeparators(m_databasePath)).arg(m_schemaVersion));
    m_settingsFileLabel->setText(QDir::toNativeSeparators(m_settings.fileName()));
    m_applyButton->setText(tr("&Save settings"));
    m_message->clear();
}

} // namespace kakanai
