#include "lede/extractor.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "util/parallel.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

const fs::path kAeb = fs::path(LEDE_SHARED_DIR) / "data/scrapinghub-aeb";

std::string ReadGzip(const fs::path& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  std::string out;
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

Record HtmlRecord(std::string body, std::string uri = "https://example.com/a") {
  Record r;
  r.uri = std::move(uri);
  r.kind = PayloadKind::kHtml;
  r.body = std::move(body);
  return r;
}

std::vector<fs::path> AebPages(size_t n) {
  std::vector<fs::path> pages;
  if (!fs::exists(kAeb)) return pages;
  for (const auto& e : fs::directory_iterator(kAeb / "html")) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  if (pages.size() > n) pages.resize(n);
  return pages;
}

TEST(ExtractorTest, RealPagesYieldTheirGoldOpening) {
  auto pages = AebPages(12);
  if (pages.empty()) GTEST_SKIP() << "no AEB data";
  std::ifstream in(kAeb / "ground-truth.json");
  nlohmann::json gold = nlohmann::json::parse(in);
  int found = 0;
  for (const auto& page : pages) {
    std::string id = page.filename().string();
    id = id.substr(0, id.find('.'));
    Article article;
    ASSERT_TRUE(ExtractArticle(HtmlRecord(ReadGzip(page)), {}, &article).ok()) << id;
    std::string body = gold[id]["articleBody"];
    std::string opening = body.substr(0, std::min<size_t>(40, body.find('\n')));
    if (article.text.find(opening) != std::string::npos) ++found;
    EXPECT_EQ(article.url, "https://example.com/a");
    EXPECT_FALSE(article.paragraphs.empty());
    EXPECT_EQ(article.paragraphs.back().end, article.text.size());
  }
  EXPECT_GE(found, 10) << "of " << pages.size();
}

TEST(ExtractorTest, OneThreadAndManyThreadsAgree) {
  auto pages = AebPages(16);
  if (pages.empty()) GTEST_SKIP() << "no AEB data";
  std::vector<Record> records;
  for (const auto& p : pages) records.push_back(HtmlRecord(ReadGzip(p)));
  std::vector<Article> serial(records.size()), parallel(records.size());
  for (size_t i = 0; i < records.size(); ++i) ExtractArticle(records[i], {}, &serial[i]);
  ParallelFor(records.size(), 4, [&](size_t i) { ExtractArticle(records[i], {}, &parallel[i]); });
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(serial[i].text, parallel[i].text) << pages[i];
    EXPECT_EQ(serial[i].lang, parallel[i].lang) << pages[i];
  }
}

TEST(ExtractorTest, DecodesLegacyCharsetsAndDetectsLanguage) {
  std::string html = "<html><head><meta charset=windows-1252></head><body><p>Le caf\xe9 de la "
                     "gare a rouvert ses portes mardi, apr\xe8s trois mois de travaux, "
                     "a annonc\xe9 la mairie dans un communiqu\xe9.</p></body></html>";
  Article article;
  ASSERT_TRUE(ExtractArticle(HtmlRecord(html), {}, &article).ok());
  EXPECT_NE(article.text.find("Le café de la gare"), std::string::npos) << article.text;
  EXPECT_EQ(article.lang, "fr");
}

TEST(ExtractorTest, FillsMetadataAndDatelineAroundTheBody) {
  std::string html = "<html><head><title>Port strike ends | The Courier</title>"
                     "<meta property='og:site_name' content='The Courier'></head><body>"
                     "<h1>Port strike ends</h1><div class=text><p>RABAT — Dock workers voted on "
                     "Sunday to end a nine-day strike that had left forty ships at anchor.</p>"
                     "<p>The union accepted a pay offer of six percent this year.</p></div></body></html>";
  Article article;
  ASSERT_TRUE(ExtractArticle(HtmlRecord(html), {}, &article).ok());
  EXPECT_EQ(article.title, "Port strike ends");
  EXPECT_EQ(article.site_name, "The Courier");
  EXPECT_EQ(article.dateline, "Rabat");
  EXPECT_EQ(article.text.find("Port strike ends"), std::string::npos) << "the headline is not body";
  EXPECT_EQ(article.lang, "en");
}

TEST(ExtractorTest, LimitsAndEmptyPagesAreStatuses) {
  ExtractOptions small;
  small.max_document_bytes = 10;
  Article article;
  Status s = ExtractArticle(HtmlRecord("<p>more than ten bytes</p>"), small, &article);
  EXPECT_EQ(s.code(), Status::Code::kTooLarge);
  EXPECT_NE(s.message().find("max_document_bytes"), std::string::npos);
  EXPECT_EQ(article.url, "https://example.com/a");

  s = ExtractArticle(HtmlRecord("<nav><a href=/>Home</a></nav>"), {}, &article);
  EXPECT_EQ(s.code(), Status::Code::kEmpty);

  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "<p>Deep inside, the text is still found, and it reads like a sentence.</p>";
  ASSERT_TRUE(ExtractArticle(HtmlRecord(deep), {}, &article).ok());
  EXPECT_NE(article.text.find("Deep inside"), std::string::npos);
}

TEST(ExtractorTest, TextRecordsTakeThePlainTextPath) {
  Record r;
  r.uri = "file:///tmp/a.txt";
  r.kind = PayloadKind::kText;
  r.body = "A headline\n\nThe first paragraph of the story, which is long enough to be body text.\n\n"
           "The second paragraph goes on with more detail about what happened on Tuesday.";
  Article article;
  ASSERT_TRUE(ExtractArticle(r, {}, &article).ok());
  EXPECT_NE(article.text.find("The second paragraph"), std::string::npos);
  EXPECT_EQ(article.lang, "en");
}

}  // namespace
}  // namespace lede
