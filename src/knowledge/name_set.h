// NameSet: names matched case- and accent-insensitively (FoldForMatch), read from
// files of one name per line (data/lexicons/organisations.txt).
#ifndef LEDE_KNOWLEDGE_NAME_SET_H_
#define LEDE_KNOWLEDGE_NAME_SET_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "lede/status.h"

namespace lede {

// Immutable once loaded; thread-safe for concurrent reads.
class NameSet {
 public:
  // Adds the names of `path`, one per line (empty lines skipped). Returns kNotFound when
  // the file cannot be opened.
  Status AddFile(const std::string& path);
  bool Contains(std::string_view name) const;

 private:
  std::unordered_set<std::string> names_;  // folded
};

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_NAME_SET_H_
