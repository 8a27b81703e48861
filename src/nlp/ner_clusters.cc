#include "nlp/ner_clusters.h"

#include <zlib.h>

#include <algorithm>

#include "nlp/ner_word.h"

namespace lede::nlp {

void NerClusters::Add(std::string_view word, std::string_view bit_path) {
  uint32_t bits = 0;
  const int length = std::min<int>(static_cast<int>(bit_path.size()), kMaxPathBits);
  for (int i = 0; i < length; ++i) bits = (bits << 1) | (bit_path[i] == '1');
  table_[HashBytes(word)] = (static_cast<uint32_t>(length + 1) << kMaxPathBits) | bits;
}

uint32_t NerClusters::Find(std::string_view word) const {
  const uint32_t* v = table_.Find(HashBytes(word));
  return v == nullptr ? 0 : *v;
}

uint32_t NerClusters::Prefix(uint32_t packed, int prefix_bits) {
  const int length = static_cast<int>(packed >> kMaxPathBits) - 1;
  if (packed == 0 || length <= prefix_bits) return packed;
  const uint32_t bits = packed & ((1u << kMaxPathBits) - 1);
  return (static_cast<uint32_t>(prefix_bits + 1) << kMaxPathBits) | (bits >> (length - prefix_bits));
}

Status NerClusters::AddFile(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": cannot open");
  char buf[4096];
  Status status;
  for (size_t line_number = 1; gzgets(f, buf, sizeof(buf)) != nullptr; ++line_number) {
    std::string_view line(buf);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find_first_not_of("01") != tab) {
      status = Status::Corruption(path + ":" + std::to_string(line_number) +
                                  ": expected PATH<TAB>WORD with PATH made of 0 and 1");
      break;
    }
    std::string_view word = line.substr(tab + 1);
    word = word.substr(0, word.find('\t'));
    Add(word, line.substr(0, tab));
  }
  gzclose(f);
  return status;
}

NerClusters NerClusters::FromEntries(std::span<const NerHashTable::Entry> entries) {
  NerClusters c;
  c.table_.Reserve(entries.size());
  for (const auto& [key, value] : entries) c.table_[key] = value;
  return c;
}

}  // namespace lede::nlp
