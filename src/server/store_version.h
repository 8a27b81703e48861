// The version of a store's data as another process sees it: a number that
// changes whenever any other connection (`lede ingest`) commits to the file
// (SQLite's PRAGMA data_version on a connection of its own).
//
// Thread-safe.
#ifndef LEDE_SERVER_STORE_VERSION_H_
#define LEDE_SERVER_STORE_VERSION_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "lede/status.h"
#include "store/sqlite.h"

namespace lede::server {

class StoreVersion {
 public:
  // Opens a read-only connection to the store at `path`.
  static Status Open(const std::string& path, std::unique_ptr<StoreVersion>* version);

  // Sets *version to the current data version: equal values mean no commit
  // happened in between.
  Status Read(uint64_t* version);

 private:
  std::mutex mu_;
  sqlite::Database db_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_STORE_VERSION_H_
