#pragma once

#include "common/Error.h"
#include "security/Roles.h"

#include <QList>
#include <tuple>

namespace kakanai {

class Clock;
class Database;

// The data a demonstration needs on first start (a fictional office).
// Seeds only a database that has never been seeded; never touches real data.
class DemoData {
public:
    static Status seedIfNew(Database &db, const Clock &clock);
    static QString officeName();
    // Demo staff accounts: (staff ID, name, role, password). Printed in the
    // user guide; created only with --demo on a store with no staff.
    static QList<std::tuple<QString, QString, Role, QString>> staff();
};

} // namespace kakanai
