#pragma once

#include "common/Error.h"

namespace kakanai {

class Clock;
class Database;

// The data a demonstration needs on first start (a fictional office).
// Seeds only a database that has never been seeded; never touches real data.
class DemoData {
public:
    static Status seedIfNew(Database &db, const Clock &clock);
    static QString officeName();
};

} // namespace kakanai
