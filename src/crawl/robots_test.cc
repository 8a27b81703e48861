#include "crawl/robots.h"

#include <gtest/gtest.h>

namespace lede::crawl {
namespace {

struct MatchCase {
  const char* pattern;
  const char* path;
  bool matches;
};

TEST(RobotsTest, PatternMatching) {
  const MatchCase kCases[] = {
      {"/fish", "/fish", true},
      {"/fish", "/fish.html", true},
      {"/fish", "/Fish.asp", false},
      {"/fish", "/catfish", false},
      {"/fish*", "/fishheads/yummy", true},
      {"/fish/", "/fish", false},
      {"/*.php", "/index.php", true},
      {"/*.php", "/folder/any.php.file.html", true},
      {"/*.php$", "/filename.php", true},
      {"/*.php$", "/filename.php?params", false},
      {"/*.php$", "/filename.php/", false},
      {"/fish*.php", "/fishheads/catfish.php?p", true},
      {"/fish*.php", "/Fish.PHP", false},
      {"/", "/anything", true},
      {"/$", "/", true},
      {"/$", "/x", false},
      {"*", "/", true},
      {"/a*b*c", "/axxbyyc", true},
      {"/a*b*c", "/axxbyy", false},
  };
  for (const MatchCase& c : kCases) {
    EXPECT_EQ(RobotsPatternMatches(c.pattern, c.path), c.matches) << c.pattern << " vs " << c.path;
  }
}

TEST(RobotsTest, LongestMatchAndAllowWinsTies) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /news/\n"
      "Allow: /news/public/\n"
      "Disallow: /news/public/drafts\n"
      "Allow: /page\n"
      "Disallow: /page\n"
      "Disallow: /*.pdf$\n",
      "lede");
  EXPECT_FALSE(rules.Allowed("/news/2024/x.html"));
  EXPECT_TRUE(rules.Allowed("/news/public/x.html"));
  EXPECT_FALSE(rules.Allowed("/news/public/drafts/1"));
  EXPECT_TRUE(rules.Allowed("/page"));  // equal length: allow wins
  EXPECT_FALSE(rules.Allowed("/files/a.pdf"));
  EXPECT_TRUE(rules.Allowed("/files/a.pdf?download"));
  EXPECT_TRUE(rules.Allowed("/other"));
  EXPECT_TRUE(rules.Allowed("/robots.txt"));
}

TEST(RobotsTest, UserAgentGroups) {
  const char* kBody =
      "# comment line\n"
      "User-agent: Googlebot\n"
      "Disallow: /\n"
      "\n"
      "User-agent: LEDE/0.1\n"
      "User-agent: otherbot\n"
      "Disallow: /private  # trailing comment\n"
      "Crawl-delay: 2.5\n"
      "\n"
      "User-agent: *\n"
      "Disallow: /everyone-else\n"
      "Sitemap: https://example.com/sitemap.xml\n"
      "\n"
      "user-agent: lede\n"
      "disallow: /merged\n";
  RobotsRules lede = RobotsRules::Parse(kBody, "lede");
  EXPECT_FALSE(lede.Allowed("/private/x"));
  EXPECT_FALSE(lede.Allowed("/merged"));        // both lede groups merge
  EXPECT_TRUE(lede.Allowed("/everyone-else"));  // the * group does not apply
  EXPECT_DOUBLE_EQ(lede.crawl_delay_seconds(), 2.5);
  EXPECT_EQ(lede.sitemaps(), std::vector<std::string>{"https://example.com/sitemap.xml"});
  RobotsRules other = RobotsRules::Parse(kBody, "somebot");
  EXPECT_FALSE(other.Allowed("/everyone-else"));
  EXPECT_TRUE(other.Allowed("/private"));
  EXPECT_DOUBLE_EQ(other.crawl_delay_seconds(), 0);
  EXPECT_EQ(other.sitemaps().size(), 1u);
}

TEST(RobotsTest, EdgeCases) {
  EXPECT_TRUE(RobotsRules::Parse("", "lede").Allowed("/x"));
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow:\n", "lede").Allowed("/x"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allowed("/x"));
  EXPECT_FALSE(RobotsRules::DisallowAll().Allowed("/x"));
  EXPECT_TRUE(RobotsRules::DisallowAll().Allowed("/robots.txt"));
  // Percent-encodings compare case-insensitively; CRLF and a BOM are fine.
  RobotsRules rules =
      RobotsRules::Parse("\xEF\xBB\xBFUser-agent: *\r\nDisallow: /a%2fb\r\n", "lede");
  EXPECT_FALSE(rules.Allowed("/a%2Fb"));
  // Rules past max_bytes are not read.
  std::string big = "User-agent: *\n" + std::string(600 << 10, '#') + "\nDisallow: /\n";
  EXPECT_TRUE(RobotsRules::Parse(big, "lede").Allowed("/x"));
  // Rules before any user-agent line belong to no group.
  EXPECT_TRUE(RobotsRules::Parse("Disallow: /\n", "lede").Allowed("/x"));
}

}  // namespace
}  // namespace lede::crawl
