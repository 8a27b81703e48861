// Test helper: the demo corpus (../shared/data/demo-news, 336 Wikinews articles)
// as Articles. Header-only; for tests only.
#ifndef LEDE_STORE_TEST_CORPUS_H_
#define LEDE_STORE_TEST_CORPUS_H_

#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/article.h"

namespace lede::testing {

inline std::string DemoCorpusPath() {
  return std::string(LEDE_SHARED_DIR) + "/data/demo-news/wikinews-articles.jsonl";
}

// Returns the demo articles in file order (empty if the file is missing).
inline std::vector<Article> LoadDemoArticles() {
  std::vector<Article> articles;
  std::ifstream in(DemoCorpusPath());
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    Article a;
    a.url = j.value("url", "");
    a.title = j.value("title", "");
    a.published = j.value("published", "");
    a.lang = j.value("lang", "");
    a.site_name = j.value("source", "");
    a.text = j.value("text", "");
    articles.push_back(std::move(a));
  }
  return articles;
}

// Words (lowercase, letters only, 4+ letters) found in `min_percent`%-20% of
// `corpus`: terms whose posting lists are long at scale without being stop words
// (benchmark queries).
inline std::vector<std::string> QueryTerms(const std::vector<Article>& corpus, int min_percent = 1) {
  std::map<std::string, int> df;
  for (const Article& a : corpus) {
    std::set<std::string> seen;
    std::string word;
    for (char c : a.text + " ") {
      if (std::isalpha(static_cast<unsigned char>(c))) { word += static_cast<char>(std::tolower(c)); continue; }
      if (word.size() >= 4) seen.insert(word);
      word.clear();
    }
    for (const std::string& w : seen) ++df[w];
  }
  std::vector<std::string> terms;
  int n = static_cast<int>(corpus.size());
  for (const auto& [w, d] : df) if (d * 100 >= n * min_percent && d * 5 <= n) terms.push_back(w);
  return terms;
}

}  // namespace lede::testing

#endif  // LEDE_STORE_TEST_CORPUS_H_
