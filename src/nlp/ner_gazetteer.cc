#include "nlp/ner_gazetteer.h"

#include <zlib.h>

#include <algorithm>

#include "nlp/ner_word.h"

namespace lede::nlp {
namespace {

bool IsSplitPunct(char c) { return c == ',' || c == '(' || c == ')' || c == '"'; }

// Reads a gzip or plain file (zlib reads both) into *out.
Status ReadMaybeGzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": cannot open");
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out->append(buf, n);
  const bool failed = n < 0;
  gzclose(f);
  if (failed) return Status::Corruption(path + ": bad gzip data");
  return Status::OK();
}

}  // namespace

std::vector<std::string_view> SplitName(std::string_view name) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < name.size()) {
    if (name[i] == ' ') {
      ++i;
    } else if (IsSplitPunct(name[i])) {
      tokens.push_back(name.substr(i++, 1));
    } else {
      size_t j = i;
      while (j < name.size() && name[j] != ' ' && !IsSplitPunct(name[j])) ++j;
      tokens.push_back(name.substr(i, j - i));
      i = j;
    }
  }
  return tokens;
}

int NerGazetteer::CategoryIndex(std::string_view category) {
  auto it = std::find(categories_.begin(), categories_.end(), category);
  if (it != categories_.end()) return static_cast<int>(it - categories_.begin());
  if (categories_.size() >= kMaxCategories) return -1;
  categories_.emplace_back(category);
  return static_cast<int>(categories_.size()) - 1;
}

bool NerGazetteer::AddName(std::string_view category, std::string_view name) {
  const int c = CategoryIndex(category);
  if (c < 0) return false;
  std::vector<std::string_view> tokens = SplitName(name);
  if (tokens.empty() || tokens.size() > kMaxNameTokens) return true;
  uint64_t h = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    h = HashCombine(h, LowerHash(tokens[i]));
    table_[h] |= i + 1 < tokens.size() ? kPrefixBit : (1u << c);
  }
  ++names_;
  return true;
}

Status NerGazetteer::AddListFile(const std::string& path) {
  std::string text;
  Status s = ReadMaybeGzip(path, &text);
  if (!s.ok()) return s;
  std::string_view rest = text;
  for (size_t line_number = 1; !rest.empty(); ++line_number) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    const std::string where = path + ":" + std::to_string(line_number) + ": ";
    if (tab == std::string_view::npos || tab == 0) {
      return Status::Corruption(where + "expected CATEGORY<TAB>NAME");
    }
    if (!AddName(line.substr(0, tab), line.substr(tab + 1))) {
      return Status::TooLarge(where + "more than " + std::to_string(kMaxCategories) + " categories");
    }
  }
  return Status::OK();
}

void NerGazetteer::Match(std::span<const std::string_view> tokens, std::vector<uint16_t>* begin,
                         std::vector<uint16_t>* inside) const {
  begin->assign(tokens.size(), 0);
  inside->assign(tokens.size(), 0);
  std::vector<uint64_t> lower(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) lower[i] = LowerHash(tokens[i]);
  for (size_t i = 0; i < tokens.size(); ++i) {
    uint64_t h = 0;
    for (size_t n = 1; n <= kMaxNameTokens && i + n <= tokens.size(); ++n) {
      h = HashCombine(h, lower[i + n - 1]);
      const uint32_t* value = table_.Find(h);
      if (value == nullptr) break;
      const uint16_t mask = static_cast<uint16_t>(*value & ~kPrefixBit);
      (*begin)[i] |= mask;
      for (size_t k = i + 1; k < i + n; ++k) (*inside)[k] |= mask;
      if (!(*value & kPrefixBit)) break;
    }
  }
}

NerGazetteer NerGazetteer::FromEntries(std::vector<std::string> categories,
                                       std::span<const NerHashTable::Entry> entries) {
  NerGazetteer g;
  g.categories_ = std::move(categories);
  g.table_.Reserve(entries.size());
  for (const auto& [key, value] : entries) {
    g.table_[key] = value;
    if (value & ~kPrefixBit) ++g.names_;
  }
  return g;
}

}  // namespace lede::nlp
