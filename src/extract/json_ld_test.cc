#include "extract/json_ld.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ParseJsonLdTest, NewsArticleWithNestedAuthors) {
  JsonLdMeta meta;
  ASSERT_TRUE(ParseJsonLd(R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "U.N. votes to ramp up Gaza aid",
    "datePublished": "2023-12-22T17:35:12Z", "dateModified": "2023-12-23T08:00:00Z",
    "articleSection": ["World", "Middle East"],
    "author": [{"@type": "Person", "name": "Pamela Falk"},
               {"@type": "Person", "givenName": "John", "familyName": "Roe"},
               {"@type": "Organization", "name": "CBS News"}, "Jane O&#039;Doe"],
    "publisher": {"@type": "Organization", "name": "CBS News"},
    "mainEntityOfPage": {"@id": "https://www.cbsnews.com/news/un-gaza/"}})",
                          &meta));
  EXPECT_EQ(meta.headline, "U.N. votes to ramp up Gaza aid");
  EXPECT_EQ(meta.date_published, "2023-12-22T17:35:12Z");
  EXPECT_EQ(meta.date_modified, "2023-12-23T08:00:00Z");
  EXPECT_EQ(meta.section, "World");
  EXPECT_EQ(meta.site_name, "CBS News");
  EXPECT_EQ(meta.url, "https://www.cbsnews.com/news/un-gaza/");
  EXPECT_THAT(meta.authors, ElementsAre("Pamela Falk", "John Roe", "Jane O'Doe"));
}

TEST(ParseJsonLdTest, GraphPrefersTheArticleOverTheWebPage) {
  JsonLdMeta meta;
  ASSERT_TRUE(ParseJsonLd(R"({"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "name": "Page name | Site", "datePublished": "2020-01-01"},
    {"@type": "WebSite", "name": "The Site"},
    {"@type": "BreadcrumbList", "itemListElement": [
       {"@type": "ListItem", "position": 2, "item": {"name": "Politics"}},
       {"@type": "ListItem", "position": 1, "name": "Home"}]},
    {"@type": ["Article", "NewsArticle"], "headline": "The real headline",
     "datePublished": "2021-03-04", "author": {"@type": "Person", "name": "Ann Lee"}}]})",
                          &meta));
  EXPECT_EQ(meta.headline, "The real headline");
  EXPECT_EQ(meta.date_published, "2021-03-04");
  EXPECT_EQ(meta.site_name, "The Site");
  EXPECT_THAT(meta.authors, ElementsAre("Ann Lee"));
  EXPECT_THAT(meta.breadcrumbs, ElementsAre("Home", "Politics"));
}

TEST(ParseJsonLdTest, KeepsTheLongestArticleBodyOfAnyBlock) {
  JsonLdMeta meta;
  ASSERT_TRUE(ParseJsonLd(R"({"@graph": [{"@type": "Comment", "articleBody": "A comment."},
      {"@type": "NewsArticle", "articleBody": "The council voted &amp; won."}]})", &meta));
  EXPECT_EQ(meta.article_body, "The council voted &amp; won.");
  ASSERT_TRUE(ParseJsonLd(R"({"@type": "NewsArticle", "articleBody": "Short."})", &meta));
  EXPECT_EQ(meta.article_body, "The council voted &amp; won.");
  ASSERT_TRUE(ParseJsonLd(R"({"@type": "LiveBlogPosting", "articleBody": "A longer body in a later block."})", &meta));
  EXPECT_EQ(meta.article_body, "A longer body in a later block.");
  EXPECT_FALSE(ParseJsonLd(R"({"articleBody": "cut)", &meta));
  EXPECT_EQ(meta.article_body, "A longer body in a later block.");
}

TEST(ParseJsonLdTest, ArticleBodyOnlyFromBlocksThatAreJsonAsGiven) {
  JsonLdMeta meta;
  // A raw newline inside a string: the other fields are read once cleaned, the body is not.
  ASSERT_TRUE(ParseJsonLd("{\"@type\": \"NewsArticle\", \"headline\": \"Vote\",\n"
                          " \"articleBody\": \"First line\nsecond line of a much longer body\"}",
                          &meta));
  EXPECT_EQ(meta.headline, "Vote");
  EXPECT_EQ(meta.article_body, "");
  // Newlines and tabs between tokens are JSON as given.
  ASSERT_TRUE(ParseJsonLd("{\n\t\"@type\": \"NewsArticle\",\r\n \"articleBody\": \"Body.\"\n}", &meta));
  EXPECT_EQ(meta.article_body, "Body.");
  // A wrapper text inside a string is kept as the page gives it.
  JsonLdMeta html;
  ASSERT_TRUE(ParseJsonLd(R"({"articleBody": "Text <!-- note --> more"})", &html));
  EXPECT_EQ(html.article_body, "Text <!-- note --> more");
}

TEST(IsJsonLdTypeTest, AnyCaseAndParameters) {
  EXPECT_TRUE(IsJsonLdType("application/ld+json"));
  EXPECT_TRUE(IsJsonLdType("application/LD+JSON; charset=utf-8"));
  EXPECT_FALSE(IsJsonLdType("application/json"));
  EXPECT_FALSE(IsJsonLdType(""));
}

TEST(ParseJsonLdTest, TopLevelArrayAndWrappers) {
  JsonLdMeta meta;
  ASSERT_TRUE(ParseJsonLd("//<![CDATA[\n[{\"@type\": \"BlogPosting\", \"headline\": \"Line\none\","
                          " \"dateCreated\": \"2019-05-18\"}]\n//]]>",
                          &meta));
  EXPECT_EQ(meta.headline, "Line one");
  EXPECT_EQ(meta.date_published, "2019-05-18");
}

TEST(ParseJsonLdTest, EarlierBlocksWin) {
  JsonLdMeta meta;
  ASSERT_TRUE(ParseJsonLd(R"({"@type": "NewsArticle", "headline": "First"})", &meta));
  ASSERT_TRUE(ParseJsonLd(R"({"@type": "NewsArticle", "headline": "Second",
                              "datePublished": "2022-02-02"})",
                          &meta));
  EXPECT_EQ(meta.headline, "First");
  EXPECT_EQ(meta.date_published, "2022-02-02");
}

TEST(ParseJsonLdTest, BadJsonIsSkipped) {
  JsonLdMeta meta;
  EXPECT_FALSE(ParseJsonLd(R"({"@type": "NewsArticle", "headline": )", &meta));
  EXPECT_FALSE(ParseJsonLd("", &meta));
  EXPECT_TRUE(meta.headline.empty());
  EXPECT_THAT(meta.authors, IsEmpty());
}

TEST(ParseJsonLdTest, DeepNestingIsRefusedNotRecursed) {
  JsonLdMeta meta;
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_FALSE(ParseJsonLd(deep, &meta));
  JsonLdOptions unlimited;
  unlimited.max_depth = 0;
  std::string shallow = "[[[{\"@type\": \"Article\", \"headline\": \"Deep\"}]]]";
  EXPECT_TRUE(ParseJsonLd(shallow, &meta, unlimited));
  EXPECT_EQ(meta.headline, "Deep");
}

TEST(ParseJsonLdTest, OversizedBlockIsSkipped) {
  JsonLdMeta meta;
  JsonLdOptions small;
  small.max_block_bytes = 10;
  EXPECT_FALSE(ParseJsonLd(R"({"@type": "Article", "headline": "Long enough"})", &meta, small));
}

}  // namespace
}  // namespace lede
