#include "knowledge/themes.h"

#include <algorithm>

#include "knowledge/word_case.h"
#include "util/lines.h"

namespace lede {
namespace {

struct Word {
  std::string lower;
  Span span;
};

std::vector<Word> LowerWords(const Document& doc) {
  std::vector<Word> words;
  std::string lower;
  for (const Token& t : doc.tokens()) {
    if (t.kind() == TokenKind::kWord) words.push_back({AsciiLower(doc.norm(t), &lower), t.span});
  }
  return words;
}

bool WordMatches(const std::string& word, const std::string& pattern, bool prefix) {
  return prefix ? word.compare(0, pattern.size(), pattern) == 0 : word == pattern;
}

}  // namespace

Status ThemeLexicon::Load(const std::string& path, std::unique_ptr<ThemeLexicon>* out) {
  std::unique_ptr<ThemeLexicon> lex(new ThemeLexicon);
  Status s = ForEachLine(path, [&](std::string_view line, uint64_t n) {
    if (line.empty() || line[0] == '#') return Status::OK();
    std::vector<std::string_view> f = SplitFields(line, '\t');
    Status added = f.size() == 2 ? lex->AddTerm(f[0], f[1]) : Status::Corruption("");
    if (!added.ok()) {
      return Status::Corruption(path + " line " + std::to_string(n) + ": malformed theme term");
    }
    return Status::OK();
  });
  if (s.ok()) *out = std::move(lex);
  return s;
}

Status ThemeLexicon::AddTerm(std::string_view theme, std::string_view term) {
  Term t;
  std::string text(term);
  if (!text.empty() && text.back() == '*') {
    t.prefix_last = true;
    text.pop_back();
  }
  std::string lower;
  for (std::string_view w : SplitFields(text, ' ')) {
    if (!w.empty()) t.words.push_back(AsciiLower(w, &lower));
  }
  if (theme.empty() || t.words.empty()) return Status::Corruption("empty theme or term");
  auto [it, inserted] = theme_ids_.emplace(std::string(theme), themes_.size());
  if (inserted) themes_.emplace_back(theme);
  t.theme = it->second;
  const uint32_t index = terms_.size();
  if (t.prefix_last && t.words.size() == 1) {
    by_prefix_.emplace(t.words[0], index);
  } else {
    by_first_word_.emplace(t.words[0], index);
  }
  terms_.push_back(std::move(t));
  return Status::OK();
}

std::vector<ThemeScore> ScoreThemes(const Document& doc, const ThemeLexicon& lexicon) {
  const std::vector<Word> words = LowerWords(doc);
  std::vector<ThemeScore> scores(lexicon.themes_.size());
  std::vector<size_t> covered_until(lexicon.themes_.size(), 0);  // per theme: next free word
  auto try_term = [&](size_t i, uint32_t index) {
    const ThemeLexicon::Term& term = lexicon.terms_[index];
    const size_t n = term.words.size();
    if (i < covered_until[term.theme] || i + n > words.size()) return;
    for (size_t k = 0; k < n; ++k) {
      if (!WordMatches(words[i + k].lower, term.words[k], term.prefix_last && k + 1 == n)) return;
    }
    scores[term.theme].evidence.push_back({words[i].span.start, words[i + n - 1].span.end});
    covered_until[term.theme] = i + n;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    auto [first, last] = lexicon.by_first_word_.equal_range(w);
    for (auto it = first; it != last; ++it) try_term(i, it->second);
    for (size_t len = 1; len <= w.size(); ++len) {
      auto [pfirst, plast] = lexicon.by_prefix_.equal_range(w.substr(0, len));
      for (auto it = pfirst; it != plast; ++it) try_term(i, it->second);
    }
  }
  std::vector<ThemeScore> found;
  for (size_t t = 0; t < scores.size(); ++t) {
    if (scores[t].evidence.empty()) continue;
    scores[t].theme = lexicon.themes_[t];
    scores[t].score = 1000.0 * scores[t].evidence.size() / words.size();
    found.push_back(std::move(scores[t]));
  }
  std::sort(found.begin(), found.end(), [](const ThemeScore& a, const ThemeScore& b) {
    return a.score != b.score ? a.score > b.score : a.theme < b.theme;
  });
  return found;
}

}  // namespace lede
