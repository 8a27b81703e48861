#include "extract/text_article.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "util/read_file.h"
#include <nlohmann/json.hpp>

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The worked example: ../shared/examples/seed-article.txt against the "article"
// part of seed-expected.json.
TEST(ExtractTextArticleTest, SeedArticle) {
  const std::string dir = std::string(LEDE_SHARED_DIR) + "/examples/";
  std::string text = ReadFile(dir + "seed-article.txt");
  ASSERT_FALSE(text.empty());
  auto expected = nlohmann::json::parse(ReadFile(dir + "seed-expected.json"))["article"];
  Record record;
  record.uri = "file://" + dir + "seed-article.txt";
  record.kind = PayloadKind::kText;
  Article article;
  ASSERT_TRUE(ExtractTextArticle(text, record, &article).ok());
  EXPECT_EQ(article.title, expected["title"].get<std::string>());
  EXPECT_EQ(article.dateline, expected["dateline"].get<std::string>());
  for (const auto& s : expected["text_must_contain"]) {
    EXPECT_THAT(article.text, HasSubstr(s.get<std::string>()));
  }
  for (const auto& s : expected["text_must_not_contain"]) {
    EXPECT_THAT(article.text, Not(HasSubstr(s.get<std::string>())));
  }
  // The drop-cap standfirst is the description; the body opens with the dateline.
  EXPECT_THAT(article.description, HasSubstr("has pointed to Europe"));
  EXPECT_TRUE(article.text.starts_with("Rabat – The head of"));
  EXPECT_EQ(article.url, record.uri);
}

TEST(ExtractTextArticleTest, ParagraphSpansIndexTheText) {
  Record record;
  Article article;
  ASSERT_TRUE(ExtractTextArticle("Title here\n\nFirst  para\nwraps.\n\n\n\nSecond para.\n",
                                 record, &article)
                  .ok());
  EXPECT_EQ(article.title, "Title here");
  EXPECT_EQ(article.text, "First para wraps.\n\nSecond para.");
  ASSERT_EQ(article.paragraphs.size(), 2u);
  EXPECT_EQ(article.paragraphs[1], (Span{19, 31}));
}

// Wikinews dumps (demo corpus): the first line is the publication date.
TEST(ExtractTextArticleTest, LeadingDateLineIsPublishedNotBody) {
  Record record;
  record.title_hint = "Hundreds dead in Hajj stampede";
  record.fetched_at = "2024-01-01T00:00:00Z";
  Article article;
  ASSERT_TRUE(ExtractTextArticle("Thursday, January 12, 2006\n\nAccording to the Saudi Interior "
                                 "Ministry over 345 pilgrims died.",
                                 record, &article)
                  .ok());
  EXPECT_EQ(article.published, "2006-01-12");
  EXPECT_EQ(article.title, "Hundreds dead in Hajj stampede");
  EXPECT_TRUE(article.text.starts_with("According to"));
}

TEST(ExtractTextArticleTest, TitleGluedToTheDateLine) {
  Record record;
  record.title_hint = "Interview with LibriVox founder Hugh McGuire";
  Article article;
  ASSERT_TRUE(ExtractTextArticle("Interview with LibriVox founder Hugh McGuire Sunday, May 28, "
                                 "2006\n\nThe LibriVox website features a catalog.",
                                 record, &article)
                  .ok());
  EXPECT_EQ(article.published, "2006-05-28");
  EXPECT_EQ(article.text, "The LibriVox website features a catalog.");
}

TEST(ExtractTextArticleTest, HintsWinOverTheText) {
  Record record;
  record.title_hint = "Given title";
  record.published_hint = "2019-05-18";
  Article article;
  ASSERT_TRUE(ExtractTextArticle("Saturday, May 25, 2019\n\nBody text.", record, &article).ok());
  EXPECT_EQ(article.published, "2019-05-18");
  EXPECT_EQ(article.title, "Given title");
  EXPECT_EQ(article.text, "Body text.");  // a date line is never body
}

TEST(ExtractTextArticleTest, BylineAndNavigation) {
  Record record;
  Article article;
  ASSERT_TRUE(ExtractTextArticle("Storm hits coast\n\nBy Jane Doe and John Roe\n\n"
                                 "LONDON (Reuters) - A storm hit the coast on Monday, cutting power to thousands of "
                                 "homes.\n\nShare this article\n\n"
                                 "It was windy.\n\nNext post: Sunny days ahead",
                                 record, &article)
                  .ok());
  EXPECT_THAT(article.authors, ElementsAre("Jane Doe", "John Roe"));
  EXPECT_EQ(article.dateline, "London");
  EXPECT_EQ(article.text,
            "LONDON (Reuters) - A storm hit the coast on Monday, cutting power to thousands of "
            "homes.\n\nIt was windy.");
}

TEST(ExtractTextArticleTest, NothingLeftIsEmpty) {
  Record record;
  record.uri = "file:///tmp/x.txt";
  Article article;
  Status s = ExtractTextArticle("  \n\n \n", record, &article);
  EXPECT_EQ(s.code(), Status::Code::kEmpty);
  EXPECT_EQ(article.url, "file:///tmp/x.txt");
}

}  // namespace
}  // namespace lede
