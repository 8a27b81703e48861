// Helpers shared by the knowledge stage's tests.
#ifndef LEDE_KNOWLEDGE_TESTING_H_
#define LEDE_KNOWLEDGE_TESTING_H_

#include <gtest/gtest.h>

#include "util/read_file.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/entities.h"
#include "lede/document.h"

namespace lede::testing_util {

// The seed article (../shared/examples) and what an analyst reads out of it.
inline std::string SeedText() {
  return ReadFile(std::string(LEDE_SHARED_DIR) + "/examples/seed-article.txt");
}
inline nlohmann::json SeedExpected() {
  return nlohmann::json::parse(
      ReadFile(std::string(LEDE_SHARED_DIR) + "/examples/seed-expected.json"));
}

// A resource lede ships, loaded once per test binary with T::Load from
// data/RELATIVE in the source tree.
template <typename T>
const T& Shipped(const std::string& relative) {
  static const T* resource = [&] {
    std::unique_ptr<T> loaded;
    Status s = T::Load(std::string(LEDE_SOURCE_DIR) + "/data/" + relative, &loaded);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return loaded.release();
  }();
  return *resource;
}

inline std::unique_ptr<Document> MakeDocument(std::string text, std::string url = "") {
  Article article;
  article.text = std::move(text);
  article.url = std::move(url);
  std::unique_ptr<Document> doc;
  EXPECT_TRUE(Document::Create(std::move(article), {}, &doc).ok());
  return doc;
}

struct Tagged {
  std::string name;
  EntityType type;
};

// Mentions as a tagger gives them: every whole-word occurrence of each name,
// longer names first, no overlaps; in text order.
inline std::vector<EntityMention> Mentions(std::string_view text,
                                           const std::vector<Tagged>& names) {
  std::vector<EntityMention> out;
  auto overlaps = [&](uint32_t s, uint32_t e) {
    return std::any_of(out.begin(), out.end(),
                       [&](const EntityMention& m) { return s < m.span.end && m.span.start < e; });
  };
  for (const Tagged& n : names) {
    for (size_t at = text.find(n.name); at != std::string_view::npos;
         at = text.find(n.name, at + 1)) {
      const uint32_t s = at, e = at + n.name.size();
      const bool word_start = s == 0 || !std::isalnum(static_cast<unsigned char>(text[s - 1]));
      const bool word_end = e == text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
      if (word_start && word_end && !overlaps(s, e)) out.push_back({{s, e}, n.type});
    }
  }
  std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.start < b.span.start;
  });
  return out;
}

}  // namespace lede::testing_util

#endif  // LEDE_KNOWLEDGE_TESTING_H_
