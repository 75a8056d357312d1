#include "QrLogging.h"

Q_LOGGING_CATEGORY(lcQr, "kakanai.qr", QtInfoMsg)
