#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcBackofficeSim, "kakanai.backoffice-sim")
