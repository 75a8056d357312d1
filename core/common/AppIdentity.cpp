#include "AppIdentity.h"

#include "PrivateFiles.h"
#include "Redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace kakanai {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kakanai"));
    QCoreApplication::setApplicationName(QStringLiteral("kakanai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAKANAI_VERSION));
}

QString databasePath(const Settings &settings)
{
    const QString configured = settings.string(SettingKey::DatabasePath);
    if (!configured.isEmpty())
        return configured;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kakanai.sqlite"));
}

namespace {
void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg: level = "debug"; break;
    case QtInfoMsg: level = "info"; break;
    case QtWarningMsg: level = "warning"; break;
    case QtCriticalMsg: level = "critical"; break;
    case QtFatalMsg: level = "fatal"; break;
    }
    const QByteArray line = redact::scrubText(message).toUtf8();
    std::fprintf(stderr, "%s %s: %s\n", context.category ? context.category : "default", level, line.constData());
    std::fflush(stderr);
}
} // namespace

void installRedactingMessageHandler()
{
    qInstallMessageHandler(redactingHandler);
}

void hardenProcess()
{
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Whatever umask we were started with, what we create is the user's alone.
    PrivateFiles::restrictUmask();
}

} // namespace kakanai
