#include "nlp/ner_hash_table.h"

#include <algorithm>

namespace lede::nlp {

uint32_t& NerHashTable::operator[](uint64_t key) {
  if ((size_ + 1) * 2 > cells_.size()) Grow();
  key = Slot(key);
  const size_t mask = cells_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (cells_[i].first == key) return cells_[i].second;
    if (cells_[i].first == 0) {
      cells_[i] = {key, 0};
      ++size_;
      return cells_[i].second;
    }
  }
}

const uint32_t* NerHashTable::Find(uint64_t key) const {
  if (cells_.empty()) return nullptr;
  key = Slot(key);
  const size_t mask = cells_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (cells_[i].first == key) return &cells_[i].second;
    if (cells_[i].first == 0) return nullptr;
  }
}

std::vector<NerHashTable::Entry> NerHashTable::SortedEntries() const {
  std::vector<Entry> out;
  out.reserve(size_);
  for (const Entry& e : cells_) {
    if (e.first != 0) out.push_back(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void NerHashTable::Reserve(size_t n) {
  size_t cells = 16;
  while (cells < n * 2 + 2) cells *= 2;
  if (cells > cells_.size()) Rehash(cells);
}

void NerHashTable::Grow() { Rehash(std::max<size_t>(16, cells_.size() * 2)); }

void NerHashTable::Rehash(size_t cells) {
  std::vector<Entry> old = std::move(cells_);
  cells_.assign(cells, Entry{0, 0});
  size_ = 0;
  for (const Entry& e : old) {
    if (e.first != 0) (*this)[e.first] = e.second;
  }
}

}  // namespace lede::nlp
