#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace kakanai {

// PC/SC return codes (LONG, which is `long` in pcsc-lite on Linux) turned
// into our error values, with a message a clerk can act on.
class PcscErrors {
    Q_DECLARE_TR_FUNCTIONS(PcscErrors)
public:
    // Where the code came from: the same code means different things when
    // connecting (no card yet) and in the middle of a read (card pulled out).
    enum class Stage { Context, Readers, Connect, Session, Wait };

    static Error toError(long rv, Stage stage, const char *function);

    // "SCARD_E_NO_SERVICE"; "SCARD_?" for a code we do not know.
    static const char *name(long rv);

    // The resource manager went away, or our context is no longer valid:
    // drop the context and establish a new one.
    static bool needsNewContext(long rv);
    // The card is gone (pulled out, or the transaction was lost with it).
    static bool isCardGone(long rv);
};

} // namespace kakanai
