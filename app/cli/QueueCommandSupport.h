#pragma once

#include "CliOutput.h"
#include "common/Clock.h"
#include "office/OfficeStore.h"
#include "queue/QueueService.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

// What `kakanai-cli queue …` (QueueCommand.cpp) and its administrator's
// sub-commands (QueueSetupCommand.cpp) share. Defined in QueueCommand.cpp.
namespace kakanai::queuecli {

// The words after the subcommand: options with values, --json, the rest.
struct QueueArgs {
    QHash<QString, QStringList> values;
    QStringList positional;
    bool json = false;

    QString value(const QString &option) const { return values.value(option).value(0); }
    bool has(const QString &option) const { return values.contains(option); }
};

struct QueueSession {
    std::unique_ptr<Database> local;
    std::unique_ptr<OfficeStore> office;
    SystemClock clock;
    std::unique_ptr<queue::QueueService> service;
};

QString opt(const char *name);
// `why` (if any) and the usage on stderr; the usage exit code.
int usageError(CliContext &ctx, const QString &why = {});
// The error on stderr and, for --json, as one line on stdout too, so that a
// script reading stdout sees why.
int failed(CliContext &ctx, const QueueArgs &args, const Error &error);
Error invalid(const QString &message, const QString &detail = {});
// The office store of the settings and the queue service over it, into `s`.
Result<QueueSession *> openSession(CliContext &ctx, QueueSession &s);
bool japanese();
QString categoryName(const queue::QueueCategory &c);
QJsonValue textOrNull(const QString &s);
void printJson(CliContext &ctx, const QJsonObject &o);

} // namespace kakanai::queuecli
