#include "eval/field_scores.h"

#include <set>

#include "eval/word_tokens.h"

namespace lede::eval {
namespace {

std::set<std::string> FoldedSet(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const std::string& name : names) out.insert(FoldWords(name));
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

void TitleScorer::Add(std::string_view gold, std::string_view pred) {
  ++pages_;
  if (FoldWords(gold) == FoldWords(pred)) ++matches_;
}

double TitleScorer::Result() const {
  return pages_ ? static_cast<double>(matches_) / pages_ : 0.0;
}

void AuthorScorer::Add(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  ++pages_;
  const std::set<std::string> g = FoldedSet(gold), p = FoldedSet(pred);
  for (const std::string& name : g) (p.count(name) ? tp_ : fn_)++;
  for (const std::string& name : p) {
    if (!g.count(name)) ++fp_;
  }
}

double AuthorScorer::Result() const {
  return tp_ ? 2.0 * tp_ / (2.0 * tp_ + fp_ + fn_) : 0.0;
}

void DateScorer::Add(std::string_view gold, std::string_view pred) {
  ++pages_;
  if (pred.empty()) {
    ++fn_;
  } else if (gold.substr(0, 10) == pred.substr(0, 10)) {
    ++tp_;
  } else {
    ++fp_;
  }
}

double DateScorer::Result() const {
  return pages_ ? 2.0 * tp_ / (2.0 * tp_ + fp_ + fn_) : 0.0;
}

std::vector<std::string> SplitByline(std::string_view byline) {
  std::vector<std::string> names;
  std::string current;
  auto flush = [&] {
    std::string_view name = TrimSpaces(current);
    if (!name.empty()) names.emplace_back(name);
    current.clear();
  };
  for (size_t i = 0; i < byline.size(); ++i) {
    const char c = byline[i];
    if (c == ';' || c == ',' || c == '&' || c == '|' || c == '/') {
      flush();
      continue;
    }
    // A conjunction separates names only as a whole word.
    bool conjunction = false;
    for (std::string_view word : {"and ", "und ", "et ", "y "}) {
      if (c == ' ' && byline.substr(i + 1, word.size()) == word) {
        flush();
        i += word.size();
        conjunction = true;
        break;
      }
    }
    if (!conjunction) current.push_back(c);
  }
  flush();
  return names;
}

}  // namespace lede::eval
