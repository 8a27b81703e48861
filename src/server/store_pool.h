// A fixed set of read-only connections to one store, lent out one per
// request, so requests on different threads do not wait for each other
// (a Store serialises its own calls).
//
// Thread-safe.
#ifndef LEDE_SERVER_STORE_POOL_H_
#define LEDE_SERVER_STORE_POOL_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "lede/status.h"
#include "lede/store.h"

namespace lede::server {

class StorePool {
 public:
  // A borrowed connection, given back when the lease is destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, Store* store) : pool_(pool), store_(store) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_->GiveBack(store_); }
    Store* operator->() const { return store_; }
    Store& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    Store* store_;
  };

  // Opens `size` read-only connections to the store at `path` (it must exist)
  // with `options` (read_only and create_if_missing are overridden).
  // REQUIRES: size >= 1.
  static Status Open(const std::string& path, size_t size, StoreOptions options,
                     std::unique_ptr<StorePool>* pool);

  // Borrows a connection, waiting while all are lent out.
  Lease Acquire();

 private:
  void GiveBack(Store* store);

  std::vector<std::unique_ptr<Store>> stores_;
  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<Store*> idle_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_STORE_POOL_H_
