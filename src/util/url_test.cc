#include "util/url.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(CanonicalUrlTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"", ""},
      {"not a url", ""},
      {"HTTPS://WWW.Example.COM/News/Story.html", "https://www.example.com/News/Story.html"},
      {"https://example.com:443/a#section-2", "https://example.com/a"},
      {"http://example.com:80", "http://example.com/"},
      {"http://example.com:8080/a", "http://example.com:8080/a"},
      {"https://example.com/a?utm_source=rss&id=7&utm_medium=feed&fbclid=x", "https://example.com/a?id=7"},
      {"https://example.com/a?utm_campaign=x", "https://example.com/a"},
      {"https://example.com/a?&b=1&&c=2&", "https://example.com/a?b=1&c=2"},
      {"https://example.com?q=1", "https://example.com/?q=1"},
      {"file:///tmp/page.html", "file:///tmp/page.html"},
  };
  for (const Case& c : cases) EXPECT_EQ(CanonicalUrl(c.in), c.want) << c.in;
}

TEST(UrlHostTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"https://www.BBC.co.uk/news/world", "bbc.co.uk"},
      {"http://user:pw@news.example.org:8080/x", "news.example.org"},
      {"https://en.wikinews.org/wiki/X", "en.wikinews.org"},
      {"file:///tmp/page.html", ""},
      {"page.html", ""},
      {"https://example.com?x=1", "example.com"},
  };
  for (const Case& c : cases) EXPECT_EQ(UrlHost(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace lede
