#pragma once

#include "common/Error.h"

#include <optional>

namespace kakanai {

class Database;

// Small facts about this store (its terminal, when it was created, whether
// demo data was loaded), kept in the `meta` table.
class MetaStore {
public:
    explicit MetaStore(Database &db) : m_db(db) {}

    Result<std::optional<QString>> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace kakanai
