// The store's schema (docs/schema.md) and its migrations, versioned with
// PRAGMA user_version.
#ifndef LEDE_STORE_SCHEMA_H_
#define LEDE_STORE_SCHEMA_H_

#include <cstdint>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// The schema version this program writes.
uint32_t CurrentSchemaVersion();

// Brings the schema of `db` up to CurrentSchemaVersion(), one migration per
// transaction, so an interrupted migration leaves a consistent older version.
// Returns kCorruption for a database that is not a lede store (other tables and
// no version) or was written by a newer lede.
Status MigrateSchema(sqlite::Database* db);

// Returns OK when `db` is a lede store at CurrentSchemaVersion() (for read-only opens).
Status CheckSchema(sqlite::Database* db);

}  // namespace lede

#endif  // LEDE_STORE_SCHEMA_H_
