#include "LanguageManager.h"

#include "LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace kakanai {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/kakanai_%1.qm").arg(code))) {
        qCWarning(lcCommon) << "translation not found for" << code;
        return false;
    }
    // Qt's own strings (OK/Cancel, print dialog). Missing is not fatal.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = haveQt ? std::move(qt) : nullptr;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
    QLocale::setDefault(QLocale(code == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                code == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    m_language = code;
    emit languageChanged(code);
    return true;
}

} // namespace kakanai
