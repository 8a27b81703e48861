// A least-recently-used cache of API response bodies, keyed by the request
// (path and decoded parameters), valid for one version of the store's data:
// the first lookup after the store changed (`lede ingest` committed) empties
// it. Repeated searches then cost a lookup instead of the full-text query and
// its facets.
//
// Thread-safe.
#ifndef LEDE_SERVER_RESPONSE_CACHE_H_
#define LEDE_SERVER_RESPONSE_CACHE_H_

#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace lede::server {

class ResponseCache {
 public:
  // The store's current data version, or nullopt when it cannot be read (the
  // cache is then bypassed). Called once per lookup; must be thread-safe.
  using VersionProbe = std::function<std::optional<uint64_t>()>;

  // Keeps bodies of at most `max_bytes` in all (keys counted); 0 disables.
  ResponseCache(uint64_t max_bytes, VersionProbe version);

  // What a lookup found: the body (null on a miss) and the data version it
  // ran against, to pass to Insert (nullopt: do not insert).
  struct Lookup {
    std::shared_ptr<const std::string> body;
    std::optional<uint64_t> version;
  };

  // The cached body for `key` if it was stored for the current data version.
  Lookup Find(const std::string& key);

  // Stores `body` for `key`, computed at `version` (Find's). Dropped when the
  // data changed meanwhile or it alone exceeds max_bytes; evicts the least
  // recently used bodies to fit.
  void Insert(const std::string& key, std::string body, std::optional<uint64_t> version);

  // Bytes held (bodies and keys) and entries: for tests and the bench.
  uint64_t bytes() const;
  size_t size() const;

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const std::string> body;
  };
  using Entries = std::list<Entry>;  // most recently used first

  void ClearLocked();
  void EvictLocked();

  const uint64_t max_bytes_;
  const VersionProbe version_;
  mutable std::mutex mu_;
  std::optional<uint64_t> cached_version_;  // the version the entries belong to
  Entries entries_;
  std::unordered_map<std::string, Entries::iterator> index_;
  uint64_t bytes_ = 0;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_RESPONSE_CACHE_H_
