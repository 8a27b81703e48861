#include "server/store_pool.h"

namespace lede::server {

Status StorePool::Open(const std::string& path, size_t size, StoreOptions options,
                       std::unique_ptr<StorePool>* pool) {
  options.read_only = true;
  options.create_if_missing = false;
  auto opened = std::make_unique<StorePool>();
  for (size_t i = 0; i < size; ++i) {
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, options, &store);
    if (!s.ok()) return s;
    opened->idle_.push_back(store.get());
    opened->stores_.push_back(std::move(store));
  }
  *pool = std::move(opened);
  return Status::OK();
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock lock(mu_);
  returned_.wait(lock, [this] { return !idle_.empty(); });
  Store* store = idle_.back();
  idle_.pop_back();
  return Lease(this, store);
}

void StorePool::GiveBack(Store* store) {
  {
    std::lock_guard lock(mu_);
    idle_.push_back(store);
  }
  returned_.notify_one();
}

}  // namespace lede::server
