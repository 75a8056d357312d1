#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kakanai {

class LanguageManager;
class Settings;

// The settings a counter needs on day one: language, terminal ID, office
// time zone, the QR scanners (keyboard wedge on or off, the serial scanner's
// port and baud rate: used from the next start); and where the data lives
// (read-only facts for the administrator).
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(Settings &settings, LanguageManager &languages, QString databasePath, int schemaVersion,
                 QWidget *parent = nullptr);

    // Applies the form. Returns false and shows the reason if a value is invalid;
    // then nothing is changed.
    bool apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    Settings &m_settings;
    LanguageManager &m_languages;
    QString m_databasePath;
    int m_schemaVersion;

    QLabel *m_title;
    QFormLayout *m_form;
    QComboBox *m_language;
    QLineEdit *m_terminalId;
    QLineEdit *m_officeName;
    QComboBox *m_timeZone;
    QCheckBox *m_keyboardWedge;
    QComboBox *m_serialPort;
    QComboBox *m_serialBaud;
    QLabel *m_databaseLabel;
    QLabel *m_settingsFileLabel;
    QPushButton *m_applyButton;
    QLabel *m_message;
};

} // namespace kakanai
