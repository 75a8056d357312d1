#pragma once

#include "Settings.h"

#include <QString>

namespace kakanai {

// The same organisation/application names for the GUI and the CLI, so both
// find the same settings file and database.
void setApplicationIdentity();

// The database file: the DatabasePath setting, or <AppDataLocation>/kakanai.sqlite.
QString databasePath(const Settings &settings);

// Sends every Qt log message through the redaction helper before it is
// written (stderr), so a stray individual number or PIN never reaches a log.
void installRedactingMessageHandler();

// No core dumps and no ptrace attach by other users' processes: a dump of
// this process would hold whatever card data was in memory. Also umask 077
// (PrivateFiles::restrictUmask).
void hardenProcess();

} // namespace kakanai
