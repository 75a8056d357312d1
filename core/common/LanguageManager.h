#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace kakanai {

// Loads Kakanai's own translation and Qt's (dialog buttons etc.) and switches
// them at run time. Widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "ja" or "en". Returns false (and keeps the current language) if the
    // translation is not available.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

    static QStringList availableLanguages() { return {QStringLiteral("ja"), QStringLiteral("en")}; }

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace kakanai
