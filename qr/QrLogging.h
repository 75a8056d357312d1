#pragma once

#include <QLoggingCategory>

// kakanai.qr: counts, sizes and error codes only, never the decoded text.
Q_DECLARE_LOGGING_CATEGORY(lcQr)
