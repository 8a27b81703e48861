// Every article of the demo corpus (336 Wikinews articles) as a Document: the
// invariants hold, and each paragraph tokenised alone gives the same tokens and
// sentences as in the whole text (paragraphs are independent).
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lede/document.h"
#include "nlp/testing.h"

namespace lede::nlp {
namespace {

std::vector<std::string> DemoTexts() {
  std::ifstream in(std::string(LEDE_SHARED_DIR) + "/data/demo-news/wikinews-articles.jsonl");
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) texts.push_back(nlohmann::json::parse(line)["text"]);
  return texts;
}

std::unique_ptr<Document> Make(std::string text) {
  Article article;
  article.text = std::move(text);
  std::unique_ptr<Document> doc;
  EXPECT_TRUE(Document::Create(std::move(article), {}, &doc).ok());
  return doc;
}

// The tokens of `doc` as "text|flags|norm" lines, offsets left out.
std::vector<std::string> Describe(const Document& doc) {
  std::vector<std::string> lines;
  for (const Token& token : doc.tokens()) {
    lines.push_back(std::string(doc.text(token.span)) + "|" + std::to_string(token.flags) + "|" +
                    std::string(doc.norm(token)));
  }
  return lines;
}

TEST(CorpusTest, DemoArticlesKeepInvariants) {
  const std::vector<std::string> texts = DemoTexts();
  ASSERT_GE(texts.size(), 300u);
  size_t tokens = 0;
  for (const std::string& text : texts) {
    const std::unique_ptr<Document> doc = Make(text);
    EXPECT_EQ(testing::InvariantError(*doc), "") << text.substr(0, 80);
    tokens += doc->tokens().size();
  }
  EXPECT_GT(tokens, 250000u);
}

TEST(CorpusTest, ParagraphsTokeniseIndependently) {
  for (const std::string& text : DemoTexts()) {
    const std::unique_ptr<Document> whole = Make(text);
    std::vector<std::string> joined;
    size_t sentences = 0;
    for (size_t start = 0; start <= text.size();) {
      size_t end = text.find("\n\n", start);
      if (end == std::string::npos) end = text.size();
      const std::unique_ptr<Document> part = Make(text.substr(start, end - start));
      const std::vector<std::string> lines = Describe(*part);
      joined.insert(joined.end(), lines.begin(), lines.end());
      sentences += part->sentences().size();
      start = end + 2;
    }
    ASSERT_EQ(Describe(*whole), joined) << text.substr(0, 80);
    EXPECT_EQ(whole->sentences().size(), sentences);
  }
}

}  // namespace
}  // namespace lede::nlp
