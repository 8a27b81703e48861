#include "extract/body_hint.h"

#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

std::string Page(const std::string& json) {
  return "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body></body></html>";
}

TEST(BodyHintTest, FindsTheLongestArticleBodyAnywhereInTheJson) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse(Page(R"({"@graph": [{"@type": "WebPage", "name": "x"},
      {"@type": "NewsArticle", "articleBody": "Europa&apos;s plumes are real."},
      {"@type": "Comment", "articleBody": "short"}]})")).ok());
  EXPECT_EQ(FindJsonLdArticleBody(dom), "Europa's plumes are real.");
}

TEST(BodyHintTest, SkipsBrokenAndOverLimitScripts) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse(Page(R"({"articleBody": "unterminated)")).ok());
  EXPECT_EQ(FindJsonLdArticleBody(dom), "");
  std::string deep = R"({"articleBody": "deep", "x": )" + std::string(100, '[') + std::string(100, ']') + "}";
  ASSERT_TRUE(dom.Parse(Page(deep)).ok());
  EXPECT_EQ(FindJsonLdArticleBody(dom), "");
  JsonLdOptions lax;
  lax.max_depth = 0;
  EXPECT_EQ(FindJsonLdArticleBody(dom, lax), "deep");
  JsonLdOptions tiny;
  tiny.max_block_bytes = 10;
  ASSERT_TRUE(dom.Parse(Page(R"({"articleBody": "fits not"})")).ok());
  EXPECT_EQ(FindJsonLdArticleBody(dom, tiny), "");
}

TEST(BodyHintTest, JudgesBlocksByWordGrams) {
  BodyHint hint("The council voted on Wednesday to build twelve kilometres of bike lanes.\n"
                "Construction is due to start in the spring, officials said.\nThe vote");
  EXPECT_EQ(hint.Judge("The council voted on Wednesday to build twelve kilometres of bike lanes."),
            BodyHint::Verdict::kConfirmed);
  // Curly quotes, dashes and no-break spaces separate words like ASCII punctuation.
  EXPECT_EQ(hint.Judge("Construction is due to start in the spring\xE2\x80\x94officials\xC2\xA0said"),
            BodyHint::Verdict::kConfirmed);
  EXPECT_EQ(hint.Judge("Sign up for our newsletter to get the best stories every morning"),
            BodyHint::Verdict::kRefuted);
  EXPECT_EQ(hint.Judge("The vote"), BodyHint::Verdict::kConfirmed);
  EXPECT_EQ(hint.Judge("Advertisement"), BodyHint::Verdict::kRefuted);
  EXPECT_EQ(hint.Judge("  "), BodyHint::Verdict::kUnknown);
}

}  // namespace
}  // namespace lede
