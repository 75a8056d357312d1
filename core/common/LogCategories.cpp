#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcCommon, "kakanai.common", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "kakanai.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "kakanai.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOffice, "kakanai.office", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "kakanai.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "kakanai.scan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "kakanai.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "kakanai.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "kakanai.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kakanai.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kakanai.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "kakanai.app", QtInfoMsg)
