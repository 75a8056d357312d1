#pragma once

#include "CliOutput.h"

namespace kakanai {

// kakanai-cli visit complete --card CARD.json --event ID [--answer Q=yes|no …]
//                            [--prereg FILE] [--fact KEY=VALUE …] [--set FIELD=VALUE …]
//                            --pdf OUT.pdf [--staff ID] [--json]
// A whole visit without a screen, through the same application layer as the
// counter (intake::IntakeSession): the card facts, the 手続ナビ's forms, the
// facts, the paper for the signature (frozen Record → PDF), then completion
// into the encrypted outbox. `outbox flush` sends it. Needs a QGuiApplication.
int runVisitCommand(CliContext &ctx, const QStringList &args);

} // namespace kakanai
