#include "knowledge/name_set.h"

#include "util/lines.h"
#include "util/text_fold.h"

namespace lede {

Status NameSet::AddFile(const std::string& path) {
  return ForEachLine(path, [&](std::string_view line, uint64_t) {
    if (!line.empty()) names_.insert(FoldForMatch(line));
    return Status::OK();
  });
}

bool NameSet::Contains(std::string_view name) const { return names_.contains(FoldForMatch(name)); }

}  // namespace lede
