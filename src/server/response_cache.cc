#include "server/response_cache.h"

namespace lede::server {
namespace {

uint64_t EntryBytes(const std::string& key, const std::string& body) {
  return key.size() + body.size();
}

}  // namespace

ResponseCache::ResponseCache(uint64_t max_bytes, VersionProbe version)
    : max_bytes_(max_bytes), version_(std::move(version)) {}

ResponseCache::Lookup ResponseCache::Find(const std::string& key) {
  if (max_bytes_ == 0) return {};
  Lookup found;
  found.version = version_();
  std::lock_guard lock(mu_);
  if (found.version != cached_version_) {
    ClearLocked();
    cached_version_ = found.version;
  }
  if (!found.version) return found;
  auto it = index_.find(key);
  if (it == index_.end()) return found;
  entries_.splice(entries_.begin(), entries_, it->second);
  found.body = it->second->body;
  return found;
}

void ResponseCache::Insert(const std::string& key, std::string body,
                           std::optional<uint64_t> version) {
  if (!version || EntryBytes(key, body) > max_bytes_) return;
  std::lock_guard lock(mu_);
  if (version != cached_version_ || index_.count(key)) return;
  bytes_ += EntryBytes(key, body);
  entries_.push_front({key, std::make_shared<const std::string>(std::move(body))});
  index_[key] = entries_.begin();
  EvictLocked();
}

uint64_t ResponseCache::bytes() const {
  std::lock_guard lock(mu_);
  return bytes_;
}

size_t ResponseCache::size() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

void ResponseCache::ClearLocked() {
  entries_.clear();
  index_.clear();
  bytes_ = 0;
}

void ResponseCache::EvictLocked() {
  while (bytes_ > max_bytes_) {
    const Entry& oldest = entries_.back();
    bytes_ -= EntryBytes(oldest.key, *oldest.body);
    index_.erase(oldest.key);
    entries_.pop_back();
  }
}

}  // namespace lede::server
