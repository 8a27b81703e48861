// Test helper: the demo corpus (../shared/data/demo-news, 336 Wikinews articles)
// as Articles. Header-only; for tests only.
#ifndef LEDE_STORE_TEST_CORPUS_H_
#define LEDE_STORE_TEST_CORPUS_H_

#include <fstream>
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

}  // namespace lede::testing

#endif  // LEDE_STORE_TEST_CORPUS_H_
