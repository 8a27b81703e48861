// ParseFeed against ../shared/data/feed-samples: gofeed's expected JSON, its
// feed-type detection cases, ROME's one-file-per-version feeds, the sitemap
// samples and feedparser's ill-formed and encoding cases. Prints the pass rate
// and every failing case with its difference; asserts the floors and that the
// named cases pass.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "lede/feed.h"
#include "util/read_file.h"

namespace lede {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSamples = LEDE_SHARED_DIR "/data/feed-samples/";

Status ParseFile(const std::string& path, Feed* feed, const std::string& content_type = "") {
  FeedParseOptions options;
  options.content_type = content_type;
  return ParseFeed(ReadFile(path), options, feed);
}

json People(const std::vector<FeedPerson>& people) {
  json out = json::array();
  for (const FeedPerson& p : people) {
    json o = json::object();
    if (!p.name.empty()) o["name"] = p.name;
    if (!p.email.empty()) o["email"] = p.email;
    out.push_back(o);
  }
  return out;
}

void PutString(json* o, const char* key, const std::string& value) {
  if (!value.empty()) (*o)[key] = value;
}

// Common fields of feeds and items, in gofeed's universal JSON shape.
template <typename T>
void PutCommon(const T& x, json* o) {
  PutString(o, "title", x.title);
  PutString(o, "description", x.description);
  PutString(o, "link", x.link);
  if (!x.links.empty()) (*o)["links"] = x.links;
  PutString(o, "published", x.published);
  PutString(o, "publishedParsed", x.published_utc);
  PutString(o, "updated", x.updated);
  PutString(o, "updatedParsed", x.updated_utc);
  if (!x.authors.empty()) {
    (*o)["authors"] = People(x.authors);
    (*o)["author"] = (*o)["authors"][0];
  }
  if (!x.categories.empty()) (*o)["categories"] = x.categories;
  if (!x.image.empty()) (*o)["image"] = {{"url", x.image}};
}

json ToGofeedJson(const Feed& feed) {
  json o = json::object();
  o["feedType"] = feed.type == FeedType::kAtom   ? "atom"
                  : feed.type == FeedType::kJson ? "json"
                                                 : "rss";
  o["feedVersion"] = feed.version;
  PutCommon(feed, &o);
  PutString(&o, "feedLink", feed.feed_link);
  PutString(&o, "language", feed.language);
  PutString(&o, "copyright", feed.copyright);
  PutString(&o, "generator", feed.generator);
  o["items"] = json::array();
  for (const FeedItem& item : feed.items) {
    json i = json::object();
    PutCommon(item, &i);
    PutString(&i, "guid", item.guid);
    PutString(&i, "content", item.content);
    if (!item.enclosures.empty()) {
      json e = json::array();
      for (const FeedEnclosure& enc : item.enclosures) {
        json one = {{"url", enc.url}};
        if (!enc.type.empty()) one["type"] = enc.type;
        if (enc.length) one["length"] = std::to_string(enc.length);
        e.push_back(one);
      }
      i["enclosures"] = e;
    }
    o["items"].push_back(i);
  }
  return o;
}

// Fields of gofeed's output that lede's model has no place for.
bool Modeled(const std::string& key) {
  static const std::set<std::string> kNot = {"extensions", "dcExt", "itunesExt", "custom",
                                             "enclosure"};
  return !kNot.count(key);
}

// gofeed writes image {"url", "title": ""}; compare the url only.
json Normalised(const std::string& key, json value) {
  if (key == "image" && value.is_object()) return {{"url", value.value("url", "")}};
  return value;
}

// Appends a description of every modeled field of `want` that `got` lacks or differs in.
void Compare(const json& want, const json& got, const std::string& where,
             std::vector<std::string>* diffs) {
  for (auto it = want.begin(); it != want.end(); ++it) {
    if (!Modeled(it.key())) continue;
    if (it.key() == "items") {
      const json& items = got.contains("items") ? got["items"] : json::array();
      if (items.size() != it->size()) {
        diffs->push_back(where + "items: " + std::to_string(it->size()) + " expected, got " +
                         std::to_string(items.size()));
        continue;
      }
      for (size_t i = 0; i < it->size(); ++i)
        Compare((*it)[i], items[i], where + "items[" + std::to_string(i) + "].", diffs);
      continue;
    }
    json expected = Normalised(it.key(), *it);
    json actual = got.contains(it.key()) ? Normalised(it.key(), got[it.key()]) : json();
    if (expected != actual)
      diffs->push_back(where + it.key() + ": expected " + expected.dump() + ", got " +
                       actual.dump());
  }
}

TEST(FeedSamplesTest, GofeedTranslatorExpectedJson) {
  int total = 0, passed = 0;
  for (const char* dir : {"gofeed/translator/rss", "gofeed/translator/atom"}) {
    for (const auto& entry : fs::directory_iterator(kSamples + dir)) {
      if (entry.path().extension() != ".xml") continue;
      fs::path expected_path = entry.path();
      expected_path.replace_extension(".json");
      json want = json::parse(ReadFile(expected_path.string()));
      Feed feed;
      Status s = ParseFile(entry.path().string(), &feed);
      ++total;
      std::vector<std::string> diffs;
      if (!s.ok()) {
        diffs.push_back(s.ToString());
      } else {
        Compare(want, ToGofeedJson(feed), "", &diffs);
      }
      if (diffs.empty()) {
        ++passed;
        continue;
      }
      std::cout << "  gofeed " << entry.path().filename().string() << ":";
      for (const std::string& d : diffs) std::cout << "\n      " << d;
      std::cout << "\n";
    }
  }
  std::cout << "gofeed translator cases: " << passed << "/" << total << " pass\n";
  EXPECT_EQ(total, 94);
  EXPECT_GE(passed, 87) << "regression below the recorded pass count";
}

TEST(FeedSamplesTest, GofeedFeedTypeDetection) {
  struct Case {
    const char* file;
    const char* type;
  };
  const Case kCases[] = {
      {"atom03_feed.xml", "atom"},
      {"atom10_feed.xml", "atom"},
      {"rss_feed.xml", "rss"},
      {"rss_feed_bom.xml", "rss"},
      {"rss_feed_leading_spaces.xml", "rss"},
      {"rdf_feed.xml", "rss"},
      {"sample.json", "json"},
      {"json10_feed.json", "json"},
      {"json11_feed.json", "json"},
      {"unknown_feed.xml", ""},
      {"empty_feed.xml", ""},
      {"invalid.json", ""},
  };
  for (const Case& c : kCases) {
    Feed feed;
    Status s = ParseFile(kSamples + "gofeed/parser/universal/" + c.file, &feed);
    if (*c.type == '\0') {
      EXPECT_EQ(s.code(), Status::Code::kCorruption) << c.file;
      continue;
    }
    ASSERT_TRUE(s.ok()) << c.file << ": " << s.ToString();
    EXPECT_EQ(FeedTypeName(feed.type), c.type) << c.file;
    EXPECT_EQ(feed.title, std::string(c.type) == "json" ? "title" : "Feed Title") << c.file;
  }
}

TEST(FeedSamplesTest, RomeFeedVersions) {
  struct Case {
    const char* file;
    FeedType type;
    const char* version;
  };
  const Case kCases[] = {
      {"rss_0.9.xml", FeedType::kRss, "0.90"},   {"rss_0.91N.xml", FeedType::kRss, "0.91"},
      {"rss_0.91U.xml", FeedType::kRss, "0.91"}, {"rss_0.92.xml", FeedType::kRss, "0.92"},
      {"rss_0.93.xml", FeedType::kRss, "0.93"},  {"rss_0.94.xml", FeedType::kRss, "0.94"},
      {"rss_1.0.xml", FeedType::kRss, "1.0"},    {"rss_2.0.xml", FeedType::kRss, "2.0"},
      {"atom_0.3.xml", FeedType::kAtom, "0.3"},  {"atom_1.0.xml", FeedType::kAtom, "1.0"},
  };
  for (const Case& c : kCases) {
    Feed feed;
    Status s = ParseFile(kSamples + "rome/" + c.file, &feed);
    ASSERT_TRUE(s.ok()) << c.file << ": " << s.ToString();
    EXPECT_EQ(feed.type, c.type) << c.file;
    EXPECT_EQ(feed.version, c.version) << c.file;
    EXPECT_FALSE(feed.title.empty()) << c.file;
    ASSERT_FALSE(feed.items.empty()) << c.file;
    EXPECT_FALSE(feed.items[0].link.empty()) << c.file;
  }
  Feed prefixed;  // atom: prefix on every element; neither title nor entries
  ASSERT_TRUE(ParseFile(kSamples + "rome/atom_1.0_prefix.xml", &prefixed).ok());
  EXPECT_EQ(prefixed.type, FeedType::kAtom);
  EXPECT_EQ(prefixed.links.front(), "http://foo.com/1");
  Feed bray;
  ASSERT_TRUE(ParseFile(kSamples + "rome/atom_1.0_bray.xml", &bray).ok());
  ASSERT_FALSE(bray.items.empty());
  // xml:base resolves relative links; type="xhtml" content keeps its markup.
  EXPECT_EQ(bray.items[0].link.rfind("http", 0), 0u) << bray.items[0].link;
  EXPECT_NE(bray.items[0].content.find('<'), std::string::npos);
}

TEST(FeedSamplesTest, Sitemaps) {
  struct Case {
    const char* file;
    FeedType type;
    size_t items;
    const char* first;
  };
  const std::string cc = "sitemaps/crawler-commons/";
  const Case kCases[] = {
      {"sitemaps/extension/sitemap-news.xml", FeedType::kSitemap, 2, ""},
      {"sitemaps/extension/shinpaideshou-news-sitemap.xml", FeedType::kSitemap, 3, ""},
      {"sitemaps/extension/hebdenbridgetimes-articles-sitemap.xml", FeedType::kSitemap, 74, ""},
      {"sitemaps/sitemap.index.xml", FeedType::kSitemapIndex, 15, ""},
      {"sitemaps/sitemap.ns.xml", FeedType::kSitemap, 2, ""},
      {"sitemaps/sitemap.badns.xml", FeedType::kSitemap, 2, ""},
      {"sitemaps/xmlSitemap.gz", FeedType::kSitemap, 5, ""},
      {"sitemaps/sitemap.txt", FeedType::kSitemap, 2, "http://www.domain.com/page1.html"},
      {"sitemaps/sitemap.txt.gz", FeedType::kSitemap, 5, "http://www.example.com/"},
      {"sitemaps/sitemap-with-bom.txt", FeedType::kSitemap, 0, ""},
      {"rss/feed.rss", FeedType::kRss, 4, "https://www.example.com/blog/post/1"},
      {"rss/xmlRss_pubDate.xml", FeedType::kRss, 7, ""},
  };
  for (const Case& c : kCases) {
    Feed feed;
    Status s = ParseFile(kSamples + cc + c.file, &feed);
    ASSERT_TRUE(s.ok()) << c.file << ": " << s.ToString();
    EXPECT_EQ(feed.type, c.type) << c.file;
    if (c.items) { EXPECT_EQ(feed.items.size(), c.items) << c.file; }
    EXPECT_FALSE(feed.items.empty()) << c.file;
    if (*c.first) { EXPECT_EQ(feed.items[0].link, c.first) << c.file; }
  }
  Feed news;
  ASSERT_TRUE(
      ParseFile(kSamples + cc + "sitemaps/extension/shinpaideshou-news-sitemap.xml", &news).ok());
  for (const FeedItem& item : news.items) {
    EXPECT_EQ(item.published_utc.substr(0, 4), "2017") << item.link;
    ASSERT_FALSE(item.authors.empty());  // news:publication/news:name
  }
  Feed rss;
  ASSERT_TRUE(ParseFile(kSamples + cc + "rss/xmlRss_pubDate.xml", &rss).ok());
  EXPECT_FALSE(rss.published_utc.empty()) << rss.published;
  Feed news_crawl;
  ASSERT_TRUE(ParseFile(kSamples + "sitemaps/news-crawl/sitemap-news.xml", &news_crawl).ok());
  EXPECT_EQ(news_crawl.type, FeedType::kSitemap);
  EXPECT_FALSE(news_crawl.items.empty());
  Feed not_sitemap;
  ASSERT_TRUE(
      ParseFile(kSamples + "sitemaps/news-crawl/feed-with-sitemap-namespace.xml", &not_sitemap)
          .ok());
  EXPECT_EQ(not_sitemap.type, FeedType::kRss);
}

// Reads a Python string literal body with \uXXXX and \xXX escapes as UTF-8.
std::string PythonString(const std::string& body) {
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i];
      continue;
    }
    char kind = body[i + 1];
    size_t digits = kind == 'u' ? 4 : kind == 'x' ? 2 : 0;
    if (digits == 0) {
      out += body[++i];
      continue;
    }
    unsigned cp = std::stoul(body.substr(i + 2, digits), nullptr, 16);
    i += 1 + digits;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12)),
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// feedparser's "Expect:" clauses lede can check: a title, description, link or
// date compared with a string. Returns how many clauses were checked; adds failures.
int CheckExpectations(const std::string& bytes, const Feed& feed,
                      std::vector<std::string>* failures) {
  static const std::regex kClause(
      R"((feed|entries\[0\])(?:\['(\w+)'\]|\.(\w+)) == '((?:[^'\\]|\\.)*)')");
  int checked = 0;
  std::smatch m;
  std::string rest = bytes.substr(0, 2000);
  while (std::regex_search(rest, m, kClause)) {
    const bool entry = m[1] == "entries[0]";
    const std::string field = m[2].matched ? m[2].str() : m[3].str();
    const std::string want = PythonString(m[4]);
    rest = m.suffix();
    std::string got;
    if (entry && feed.items.empty()) {
      got = "(no entries)";
    } else if (field == "title") {
      got = entry ? feed.items[0].title : feed.title;
    } else if (field == "description" || field == "summary") {
      got = entry ? feed.items[0].description : feed.description;
    } else if (field == "link") {
      got = entry ? feed.items[0].link : feed.link;
    } else if (field == "updated") {
      got = entry ? feed.items[0].updated : feed.updated;
    } else if (field == "published") {
      got = entry ? feed.items[0].published : feed.published;
    } else {
      continue;
    }
    ++checked;
    if (got != want) failures->push_back(field + ": expected '" + want + "', got '" + got + "'");
  }
  return checked;
}

TEST(FeedSamplesTest, FeedparserIllformedAndEncodings) {
  int files = 0, parsed = 0, checked = 0, failed_checks = 0;
  for (const char* dir : {"feedparser/illformed", "feedparser/illformed/chardet",
                          "feedparser/encoding", "feedparser/wellformed-rss"}) {
    for (const auto& entry : fs::directory_iterator(kSamples + dir)) {
      if (!entry.is_regular_file()) continue;
      const std::string bytes = ReadFile(entry.path().string());
      // The test's simulated HTTP header, when it has one (ASCII files only).
      std::smatch header;
      std::string content_type;
      static const std::regex kHeader(R"(Header:\s*Content-type:\s*([^\r\n]+))", std::regex::icase);
      std::string head = bytes.substr(0, 1000);
      if (std::regex_search(head, header, kHeader)) content_type = header[1];
      Feed feed;
      FeedParseOptions options;
      options.content_type = content_type;
      Status s = ParseFeed(bytes, options, &feed);
      ++files;
      const std::string name = std::string(dir) + "/" + entry.path().filename().string();
      if (!s.ok()) {
        std::cout << "  feedparser " << name << ": " << s.ToString() << "\n";
        EXPECT_EQ(entry.path().filename(), "rss_empty_document.xml") << s.ToString();
        continue;
      }
      ++parsed;
      std::vector<std::string> failures;
      checked += CheckExpectations(bytes, feed, &failures);
      failed_checks += failures.size();
      for (const std::string& f : failures)
        std::cout << "  feedparser " << name << ": " << f << "\n";
    }
  }
  std::cout << "feedparser ill-formed/encoding files: " << parsed << "/" << files << " parsed; "
            << (checked - failed_checks) << "/" << checked << " checkable expectations met\n";
  EXPECT_EQ(parsed, files - 1);  // all but the empty document
  EXPECT_GE(checked - failed_checks, 8);
}

TEST(FeedDiscoveryTest, AlternateLinks) {
  const std::string html = R"(<html><head><base href="https://news.example/world/">
    <link rel="alternate" type="application/rss+xml" href="feed.xml">
    <link rel="Alternate" type="application/atom+xml" href="/atom">
    <link rel="alternate" type="text/html" href="/print">
    <link rel="alternate" type="application/feed+json" href="https://cdn.example/f.json">
    <link rel="stylesheet" href="x.css"><link rel="alternate" type="application/rss+xml" href="feed.xml">
    </head><body><a href="/not-a-feed">x</a></body></html>)";
  std::vector<std::string> feeds = DiscoverFeeds(html, "https://news.example/");
  EXPECT_EQ(feeds,
            (std::vector<std::string>{"https://news.example/world/feed.xml",
                                      "https://news.example/atom", "https://cdn.example/f.json"}));
}

TEST(FeedParseTest, LimitsAndNoExternalEntities) {
  FeedParseOptions options;
  options.max_bytes = 10;
  Feed feed;
  EXPECT_EQ(
      ParseFeed("<rss><channel><title>too long</title></channel></rss>", options, &feed).code(),
      Status::Code::kTooLarge);
  options = FeedParseOptions();
  options.max_items = 2;
  ASSERT_TRUE(
      ParseFeed("<rss><channel><item/><item/><item/></channel></rss>", options, &feed).ok());
  EXPECT_EQ(feed.items.size(), 2u);
  // XXE: an external entity naming a local file is never loaded.
  const std::string xxe =
      R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>&x;</title></channel></rss>)";
  ASSERT_TRUE(ParseFeed(xxe, FeedParseOptions(), &feed).ok());
  EXPECT_EQ(feed.title.find("root:"), std::string::npos) << feed.title;
}

}  // namespace
}  // namespace lede
