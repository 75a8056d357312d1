#pragma once

#include <QLoggingCategory>

// The simulator's single logging category. Its messages carry keys, sizes and
// statuses only: record bodies hold personal data and are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcBackofficeSim)
