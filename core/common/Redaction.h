#pragma once

#include <QString>

namespace kakanai::redact {

// Shows only that something was there: "[redacted 12]" (its length), never
// any of its characters. For values that must not reach a log at all.
QString hidden(const QString &value);

// The clerk-facing mask of an individual number: "**** **** 1234" keeps the
// last four digits only when `keepLastFour`, otherwise all digits are masked.
QString maskIndividualNumber(const QString &digits, bool keepLastFour = false);

// Scrubs free text before it is logged: every run of 12 digits (ASCII or
// full-width, optionally grouped by spaces or hyphens as 4-4-4) becomes
// "[number]", and "pin=1234"-style pairs lose their value. Applied by the
// application's message handler to every log line.
QString scrubText(const QString &text);

} // namespace kakanai::redact
