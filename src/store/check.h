// `lede check`: the integrity of a store file, checked without changing it.
#ifndef LEDE_STORE_CHECK_H_
#define LEDE_STORE_CHECK_H_

#include <string>
#include <vector>

#include "lede/status.h"

namespace lede {

// One check of a store: its name, whether it passed, and what it found
// ("ok", the first problems, or why it could not run).
struct StoreCheckItem {
  std::string name;
  bool ok = false;
  std::string detail;
};

// The checks CheckStore runs, in this order: "sqlite_integrity" (PRAGMA
// integrity_check), "schema_version" (equals CurrentSchemaVersion()),
// "foreign_keys" (PRAGMA foreign_key_check), "fts5_integrity" (the full-text
// index matches the articles; needs write access to the file, else it fails
// saying so), "orphan_rows" (documents without their article, entities no
// article refers to), "facet_rows" (each article's article_facets row is what
// its layers give), "outlet_places" (each host's outlet_places counts are what its
// articles' layers give).
struct StoreCheckReport {
  std::vector<StoreCheckItem> items;
  bool ok() const;
};

// Runs every check on the store at `path` and appends one item per check to
// *report (a check that cannot run fails with the reason, the others still run).
// Never writes to the store. Returns kNotFound when there is no file at `path`;
// a file that is not a store gives OK and failed items.
Status CheckStore(const std::string& path, StoreCheckReport* report);

}  // namespace lede

#endif  // LEDE_STORE_CHECK_H_
