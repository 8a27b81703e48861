// The store's schema (docs/schema.md) and its migrations, versioned with
// PRAGMA user_version.
#ifndef LEDE_STORE_SCHEMA_H_
#define LEDE_STORE_SCHEMA_H_

#include <cstdint>
#include <string>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede {

// The schema version this program writes.
uint32_t CurrentSchemaVersion();

// Brings the schema of `db` up to `target` (CurrentSchemaVersion() but in tests of
// the migrations themselves), one migration per transaction, so an interrupted
// migration leaves a consistent older version. Returns kCorruption for a database
// that is not a lede store (other tables and no version) or was written by a newer
// lede, kInvalidArgument for a target above CurrentSchemaVersion().
Status MigrateSchema(sqlite::Database* db, uint32_t target = CurrentSchemaVersion());

// Returns OK when `db` is a lede store at CurrentSchemaVersion() (for read-only opens).
// An older store gives kInvalidArgument.
Status CheckSchema(sqlite::Database* db);

// CheckSchema for `db`, a read-only connection to the store at `path`; a store at an
// older version is first migrated through a read-write connection of its own, so
// read-only commands work on a store an older lede wrote. Returns an error naming
// `path` and both versions when the file cannot be migrated (e.g. not writable).
// REQUIRES: busy_timeout_ms >= 0 (how long the migration waits for a writer's lock).
Status CheckOrMigrateSchema(sqlite::Database* db, const std::string& path, int busy_timeout_ms);

}  // namespace lede

#endif  // LEDE_STORE_SCHEMA_H_
