// Themes: GKG-like topic tags scored by lexicon matches (docs/themes.md).
#ifndef LEDE_KNOWLEDGE_THEMES_H_
#define LEDE_KNOWLEDGE_THEMES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

struct ThemeScore {
  std::string theme;           // "TERRORISM"
  double score = 0;            // matching words per thousand words of the document
  std::vector<Span> evidence;  // the matched words and phrases, in text order
};

// Immutable once loaded; thread-safe for concurrent reads.
class ThemeLexicon {
 public:
  // Loads a THEME<TAB>term file (data/lexicons/themes.tsv; '#' lines are comments).
  // Returns kNotFound or kCorruption naming the file and line.
  static Status Load(const std::string& path, std::unique_ptr<ThemeLexicon>* out);

  size_t theme_count() const { return themes_.size(); }

 private:
  friend std::vector<ThemeScore> ScoreThemes(const Document&, const ThemeLexicon&);
  struct Term {
    uint32_t theme = 0;
    std::vector<std::string> words;  // lower case
    bool prefix_last = false;        // the last word matches any word it starts
  };
  ThemeLexicon() = default;
  Status AddTerm(std::string_view theme, std::string_view term);

  std::vector<std::string> themes_;
  std::unordered_map<std::string, uint32_t> theme_ids_;
  std::vector<Term> terms_;
  // First word -> terms. Single-word prefix terms are keyed by their prefix.
  std::unordered_multimap<std::string, uint32_t> by_first_word_;
  std::unordered_multimap<std::string, uint32_t> by_prefix_;
};

// The themes the document's words match, highest score first. Each word counts at
// most once per theme.
std::vector<ThemeScore> ScoreThemes(const Document& doc, const ThemeLexicon& lexicon);

}  // namespace lede

#endif  // LEDE_KNOWLEDGE_THEMES_H_
