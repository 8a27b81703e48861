#include "lede/document.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lede {
namespace {

std::unique_ptr<Document> Make(std::string text, DocumentOptions options = {}) {
  Article article;
  article.title = "Headline";
  article.text = std::move(text);
  std::unique_ptr<Document> doc;
  EXPECT_TRUE(Document::Create(std::move(article), options, &doc).ok());
  return doc;
}

TEST(DocumentTest, OwnsTheArticleAndItsLayers) {
  const std::unique_ptr<Document> doc = Make("Morocco’s chief spoke. He left.");
  EXPECT_EQ(doc->article().title, "Headline");
  ASSERT_EQ(doc->tokens().size(), 8u);
  ASSERT_EQ(doc->sentences().size(), 2u);
  EXPECT_EQ(doc->text(doc->sentences()[1].span), "He left.");
  const Token& clitic = doc->tokens()[1];
  EXPECT_EQ(doc->text(clitic.span), "’s");
  EXPECT_EQ(doc->norm(clitic), "'s");
  EXPECT_EQ(doc->norm(doc->tokens()[0]), "Morocco");
  // The normalised form lives in the document's arena, not in the text.
  EXPECT_GE(doc->norm(clitic).data(), doc->norm_text().data());
}

TEST(DocumentTest, NamedLayers) {
  const std::unique_ptr<Document> doc = Make("Abdelhak El Khiam visited Rabat.");
  EXPECT_EQ(doc->layer("entities"), nullptr);
  SpanLayer* entities = doc->AddLayer("entities");
  const uint32_t person = entities->LabelId("PERSON");
  const uint32_t location = entities->LabelId("LOCATION");
  EXPECT_EQ(entities->LabelId("PERSON"), person);
  EXPECT_NE(person, location);
  entities->spans.push_back({{0, 17}, person});
  entities->spans.push_back({{26, 31}, location});
  const SpanLayer* found = doc->layer("entities");
  ASSERT_EQ(found, entities);
  EXPECT_EQ(doc->text(found->spans[0].span), "Abdelhak El Khiam");
  EXPECT_EQ(found->labels[found->spans[1].label], "LOCATION");
  EXPECT_EQ(doc->AddLayer("entities"), entities);
}

TEST(DocumentTest, RejectsTextOverTheLimit) {
  DocumentOptions options;
  options.max_text_bytes = 10;
  Article article;
  article.text = "eleven byte";
  std::unique_ptr<Document> doc;
  const Status status = Document::Create(std::move(article), options, &doc);
  EXPECT_EQ(status.code(), Status::Code::kTooLarge);
  EXPECT_NE(status.message().find("max_text_bytes"), std::string::npos);
  EXPECT_EQ(doc, nullptr);
  EXPECT_TRUE(Make("ten bytes!", options) != nullptr);
}

TEST(DocumentTest, EmptyText) {
  const std::unique_ptr<Document> doc = Make("");
  EXPECT_TRUE(doc->tokens().empty());
  EXPECT_TRUE(doc->sentences().empty());
}

}  // namespace
}  // namespace lede
