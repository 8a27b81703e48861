#include "server/store_version.h"

namespace lede::server {

Status StoreVersion::Open(const std::string& path, std::unique_ptr<StoreVersion>* version) {
  auto opened = std::make_unique<StoreVersion>();
  Status s = opened->db_.Open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  if (s.ok()) *version = std::move(opened);
  return s;
}

Status StoreVersion::Read(uint64_t* version) {
  std::lock_guard lock(mu_);
  int64_t value = 0;
  Status s = db_.QueryInt("PRAGMA data_version", &value);
  *version = static_cast<uint64_t>(value);
  return s;
}

}  // namespace lede::server
