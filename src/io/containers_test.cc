// One fixture in every container: the same article as HTML, gzipped HTML, WARC,
// WARC.gz (per record and whole file), WET and JSON Lines gives the same URI and
// payload from every reader.
#include <gtest/gtest.h>

#include "io/testing.h"

namespace lede::io {
namespace {

using testing::FixturesDir;
using testing::ReadFile;
using testing::ReadPaths;

const char kUri[] = "https://news.example.org/2024/05/rabat-port-expansion";

std::string Article(const std::string& name) { return FixturesDir() + "article/" + name; }

Record OnlyRecord(const std::string& path) {
  auto r = ReadPaths({path});
  EXPECT_TRUE(r.errors.empty()) << path << ": " << r.errors[0].ToString();
  EXPECT_EQ(r.records.size(), 1u) << path;
  return r.records.empty() ? Record{} : r.records[0];
}

TEST(Containers, HtmlFilesGiveTheirPathAsUri) {
  const std::string html = ReadFile(Article("article.html"));
  for (const char* name : {"article.html", "article.html.gz"}) {
    Record rec = OnlyRecord(Article(name));
    EXPECT_EQ(rec.body, html) << name;
    EXPECT_EQ(rec.kind, PayloadKind::kHtml) << name;
    EXPECT_EQ(rec.uri, "file://" + Article(name)) << name;
    EXPECT_EQ(rec.index, 0u);
  }
}

TEST(Containers, ArchivesGiveTheTargetUriAndTheDecodedPayload) {
  const std::string html = ReadFile(Article("article.html"));
  for (const char* name : {"article.warc", "article.warc.gz", "article-whole.warc.gz"}) {
    Record rec = OnlyRecord(Article(name));
    EXPECT_EQ(rec.body, html) << name;  // chunked + gzip content-encoding removed
    EXPECT_EQ(rec.kind, PayloadKind::kHtml) << name;
    EXPECT_EQ(rec.uri, kUri) << name;
    EXPECT_EQ(rec.fetched_at, "2024-05-18T01:58:10Z") << name;
    EXPECT_EQ(rec.content_type, "text/html; charset=utf-8") << name;
    EXPECT_EQ(rec.index, 2u) << name;
  }
}

TEST(Containers, WetGivesTheText) {
  Record rec = OnlyRecord(Article("article.warc.wet"));
  EXPECT_EQ(rec.body, ReadFile(Article("article.txt")));
  EXPECT_EQ(rec.kind, PayloadKind::kText);
  EXPECT_EQ(rec.uri, kUri);
}

TEST(Containers, JsonlGivesTheHtmlAndItsHints) {
  Record rec = OnlyRecord(Article("article.jsonl"));
  EXPECT_EQ(rec.body, ReadFile(Article("article.html")));
  EXPECT_EQ(rec.kind, PayloadKind::kHtml);
  EXPECT_EQ(rec.uri, kUri);
  EXPECT_EQ(rec.title_hint, "Rabat port expansion");
  EXPECT_EQ(rec.published_hint, "2024-05-17");
}

TEST(Containers, TextFileIsText) {
  Record rec = OnlyRecord(Article("article.txt"));
  EXPECT_EQ(rec.kind, PayloadKind::kText);
  EXPECT_EQ(rec.body, ReadFile(Article("article.txt")));
}

}  // namespace
}  // namespace lede::io
