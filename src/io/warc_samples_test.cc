// Every file under ../shared/data/warc-samples, with the record counts its
// README states (from the source projects' own tests) where it states them.
#include <gtest/gtest.h>

#include <filesystem>

#include "io/testing.h"

namespace lede::io {
namespace {

using testing::ReadPaths;
using testing::SamplesDir;

struct SampleCase {
  const char* path;
  uint64_t records;  // documents yielded
  uint64_t errors;
  std::map<std::string, uint64_t> skipped;
};

uint64_t Total(const testing::ReadResult& r) {
  uint64_t skipped = 0;
  for (const auto& [reason, n] : r.stats.skipped) skipped += n;
  return r.stats.records + r.stats.errors + skipped;
}

const SampleCase kCases[] = {
    // warcio: [warcinfo, warcinfo, response, request, revisit, request]
    {"warcio/example.warc", 1, 0, {{"warcinfo", 2}, {"request", 2}, {"revisit", 1}}},
    {"warcio/example.warc.gz", 1, 0, {{"warcinfo", 2}, {"request", 2}, {"revisit", 1}}},
    // One gzip member for the whole file (warcio refuses it; lede reads it).
    {"warcio/example-bad-non-chunked.warc.gz",
     1,
     0,
     {{"warcinfo", 2}, {"request", 2}, {"revisit", 1}}},
    // Gzip members not aligned with records: "2 records read".
    {"warcio/example-wrong-chunks.warc.gz", 1, 0, {{"request", 1}}},
    {"warcio/example-iana.org-chunked.warc", 1, 0, {{"warcinfo", 1}, {"request", 1}}},
    // [warcinfo, warcinfo, response, request] with an error: the response's gzip
    // body is cut by its short Content-Length (error 1), and the 6 bytes left of
    // it before the request are not a record (error 2).
    {"warcio/example-trunc.warc", 0, 2, {{"warcinfo", 2}, {"request", 1}}},
    {"warcio/example-digest.warc", 0, 0, {{"request", 4}}},
    {"warcio/example-resource.warc.gz", 1, 0, {{"warcinfo", 2}}},
    {"warcio/example-space-in-target-uri.warc.gz", 0, 0, {{"warcinfo", 1}, {"not_html", 1}}},
    {"warcio/example-wget-bad-target-uri.warc.gz",
     1,
     0,
     {{"warcinfo", 1}, {"request", 1}, {"metadata", 1}, {"not_html", 2}}},
    // A whole-file gzip of pywb's example.warc (warcio refuses whole-file gzip).
    {"warcio/example-bad.warc.gz.bad",
     1,
     0,
     {{"warcinfo", 1}, {"request", 2}, {"revisit", 1}, {"http_not_ok", 1}}},
    // 3 response (JSON, not HTML) + 3 request.
    {"warcio/post-test.warc.gz", 0, 0, {{"request", 3}, {"not_html", 3}}},
    // [arc_header, response]
    {"warcio/example.arc", 1, 0, {{"filedesc", 1}}},
    {"warcio/example.arc.gz", 1, 0, {{"filedesc", 1}}},
    // The response's length counts CRLF line ends the file no longer has: truncated.
    {"warcio/example-space-in-url.arc", 0, 1, {{"filedesc", 1}}},
    // [arc_header, response, response, response] with lengths -1, 1 (text/plain), "abc".
    {"warcio/bad.arc", 0, 2, {{"not_html", 1}}},
    // fastwarc: 50 records, warcinfo then request/response/metadata triples; 16 responses.
    {"fastwarc/warcfile.warc", 16, 0, {{"warcinfo", 1}, {"request", 17}, {"metadata", 16}}},
    {"fastwarc/warcfile.warc.gz", 16, 0, {{"warcinfo", 1}, {"request", 17}, {"metadata", 16}}},
    {"fastwarc/block-sized-records.warc", 0, 0, {{"unknown", 3}}},
    {"fastwarc/block-sized-records.warc.gz", 0, 0, {{"unknown", 3}}},
    // One gzip member cut inside the first record: one error ends the file.
    {"fastwarc/clipped.warc.gz", 0, 1, {}},
    // WARC/0.18, LF-only HTTP headers: exactly 30 records.
    {"fastwarc/clueweb-quirk.warc.gz", 29, 0, {{"warcinfo", 1}}},
    {"jwarc/cc.warc.gz", 1, 0, {}},
    {"jwarc/gzip_extra_sl.warc.gz", 0, 0, {{"warcinfo", 1}}},
    // 25 records including 9 revisits.
    {"pywb/dupes.warc.gz",
     1,
     0,
     {{"warcinfo", 1}, {"request", 12}, {"revisit", 9}, {"empty", 1}, {"http_not_ok", 1}}},
    // "HTTPX/1.1 200 OK" is rejected.
    {"pywb/example-extra.warc", 1, 1, {{"request", 2}, {"revisit", 2}}},
    {"pywb/example-url-agnostic-orig.warc.gz", 1, 0, {{"warcinfo", 1}}},
    {"pywb/example-url-agnostic-revisit.warc.gz", 0, 0, {{"warcinfo", 1}, {"revisit", 1}}},
    {"pywb/example-wget-1-14.warc.gz", 2, 0, {{"warcinfo", 1}, {"request", 1}, {"not_html", 2}}},
    {"pywb/example-wpull.warc.gz", 1, 0, {{"warcinfo", 1}, {"request", 1}, {"not_html", 1}}},
    // The request record is 1 byte short: the byte left over is reported.
    {"pywb/example.warc",
     1,
     1,
     {{"warcinfo", 1}, {"request", 2}, {"revisit", 1}, {"http_not_ok", 1}}},
    {"pywb/example.warc.gz",
     1,
     0,
     {{"warcinfo", 1}, {"request", 2}, {"revisit", 1}, {"http_not_ok", 1}}},
    {"pywb/example2.warc.gz", 1, 0, {{"warcinfo", 1}, {"request", 1}}},
    {"pywb/httpbin-resource.warc.gz", 0, 0, {{"not_html", 1}}},
    // CR CR LF line ends; "HTTP/1.0 302 " with an empty reason.
    {"pywb/missing-status-text.warc", 0, 0, {{"http_not_ok", 1}}},
    // ARC: 9 records; WARC: 23 records with metadata; both truncated after the 7th capture.
    {"ukwa/IAH-20080430204825-00000-blackbook-truncated.arc.gz",
     2,
     0,
     {{"filedesc", 1}, {"not_html", 6}}},
    {"ukwa/IAH-20080430204825-00000-blackbook-truncated.warc.gz",
     2,
     0,
     {{"warcinfo", 1}, {"request", 7}, {"metadata", 7}, {"not_html", 6}}},
    // 164 records: 86 request, 74 response, 3 resource.
    {"ukwa/sopa-wikipedia-homepage.warc.gz",
     2,
     0,
     {{"warcinfo", 1}, {"request", 86}, {"not_html", 75}}},
    // 36 records: warcinfo, 16 request/response pairs, 3 resource.
    {"webarchive-commons/IAH-urls-wget.warc",
     3,
     0,
     {{"warcinfo", 1}, {"request", 16}, {"not_html", 7}, {"http_not_ok", 9}}},
    {"webarchive-commons/IAH-urls-wget.warc.gz",
     3,
     0,
     {{"warcinfo", 1}, {"request", 16}, {"not_html", 7}, {"http_not_ok", 9}}},
    {"webarchive-commons/IAH-20080430204825-00000-blackbook-truncated.arc",
     2,
     0,
     {{"filedesc", 1}, {"not_html", 6}}},
    {"webarchive-commons/mutliple-headers.warc", 1, 0, {}},
    // 7 HTML responses.
    {"webarchive-commons/link-extraction-test.warc", 7, 0, {{"warcinfo", 1}}},
    {"webarchive-commons/gzip/abcd.gz", 1, 0, {}},
    {"webarchive-commons/gzip/hi.gz", 1, 0, {}},
    {"webarchive-commons/gzip/hi-2.gz", 1, 0, {}},
    {"webarchive-commons/gzip/empty.gz", 0, 0, {{"empty", 1}}},
    // "invalid distance too far back" is a gzip error (kCorruption), not an I/O error.
    {"webarchive-commons/gzip/double-single-inflate-error.gz", 0, 1, {}},
    // The same page as WARC (4 records), WET (2) and WAT (2).
    {"commoncrawl-whirlwind/whirlwind.warc",
     1,
     0,
     {{"warcinfo", 1}, {"request", 1}, {"metadata", 1}}},
    {"commoncrawl-whirlwind/whirlwind.warc.gz",
     1,
     0,
     {{"warcinfo", 1}, {"request", 1}, {"metadata", 1}}},
    {"commoncrawl-whirlwind/whirlwind.warc.wet", 1, 0, {{"warcinfo", 1}}},
    {"commoncrawl-whirlwind/whirlwind.warc.wet.gz", 1, 0, {{"warcinfo", 1}}},
    {"commoncrawl-whirlwind/whirlwind.warc.wat", 0, 0, {{"warcinfo", 1}, {"metadata", 1}}},
    {"commoncrawl-whirlwind/whirlwind.warc.wat.gz", 0, 0, {{"warcinfo", 1}, {"metadata", 1}}},
    {"commoncrawl-arc/crawl-002_2009_09_17_12_1253241189984_12-4827319.arc.gz",
     1,
     0,
     {{"filedesc", 1}}},
    {"commoncrawl-arc/crawl-002_2010_02_16_114_1266352769711_14-7060652.arc.gz",
     1,
     0,
     {{"filedesc", 1}}},
    // Wrong content-length in the ARC header: the bytes after it are reported once.
    {"commoncrawl-arc/crawl-2012_1341690165636_1341785606830_6-0-4421.arc.gz",
     1,
     1,
     {{"filedesc", 1}}},
    {"commoncrawl-arc/crawl-2012_1341690165832_1341699469441_1478-7224105.arc.gz",
     1,
     0,
     {{"filedesc", 1}}},
};

class WarcSamplesTest : public ::testing::TestWithParam<SampleCase> {};

TEST_P(WarcSamplesTest, CountsRecordsByOutcome) {
  const SampleCase& c = GetParam();
  auto r = ReadPaths({SamplesDir() + c.path});
  EXPECT_EQ(r.stats.records, c.records);
  EXPECT_EQ(r.records.size(), c.records);
  EXPECT_EQ(r.errors.size(), c.errors);
  for (const Status& e : r.errors) EXPECT_EQ(e.code(), Status::Code::kCorruption) << e.ToString();
  EXPECT_EQ(r.stats.skipped, c.skipped);
  for (const Record& rec : r.records) EXPECT_FALSE(rec.body.empty()) << rec.uri;
}

INSTANTIATE_TEST_SUITE_P(AllSamples, WarcSamplesTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) {
                           std::string name = info.param.path;
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

// No sample is left out of the table.
TEST(WarcSamples, TableCoversEverySample) {
  size_t archives = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SamplesDir())) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == "README.md" || entry.path().extension() == ".cdx" ||
        name.ends_with(".txt")) {
      continue;
    }
    ++archives;
  }
  EXPECT_EQ(archives, std::size(kCases));
}

TEST(WarcSamples, TotalsMatchTheReadme) {
  EXPECT_EQ(Total(ReadPaths({SamplesDir() + "fastwarc/warcfile.warc.gz"})), 50u);
  EXPECT_EQ(Total(ReadPaths({SamplesDir() + "fastwarc/clueweb-quirk.warc.gz"})), 30u);
  EXPECT_EQ(Total(ReadPaths({SamplesDir() + "pywb/dupes.warc.gz"})), 25u);
  EXPECT_EQ(Total(ReadPaths({SamplesDir() + "ukwa/sopa-wikipedia-homepage.warc.gz"})), 164u);
  EXPECT_EQ(Total(ReadPaths({SamplesDir() + "webarchive-commons/IAH-urls-wget.warc"})), 36u);
  EXPECT_EQ(Total(ReadPaths(
                {SamplesDir() + "ukwa/IAH-20080430204825-00000-blackbook-truncated.warc.gz"})),
            23u);
  EXPECT_EQ(
      Total(ReadPaths({SamplesDir() + "ukwa/IAH-20080430204825-00000-blackbook-truncated.arc.gz"})),
      9u);
}

TEST(WarcSamples, ChunkedBodyIsDecoded) {
  auto r = ReadPaths({SamplesDir() + "warcio/example-iana.org-chunked.warc"});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_TRUE(r.records[0].body.starts_with("<!doctype html>")) << r.records[0].body.substr(0, 40);
  EXPECT_NE(r.records[0].body.find("Internet Assigned Numbers Authority"), std::string::npos);
  EXPECT_EQ(r.records[0].index, 1u);
}

TEST(WarcSamples, GzipContentEncodingIsDecoded) {
  // warcio's example.warc response is sent with "Content-Encoding: gzip".
  auto r = ReadPaths({SamplesDir() + "warcio/example.warc"});
  ASSERT_EQ(r.records.size(), 1u);
  const Record& rec = r.records[0];
  bool gzipped = false;
  for (const auto& [name, value] : rec.http_headers)
    gzipped |= name == "Content-Encoding" && value == "gzip";
  EXPECT_TRUE(gzipped);
  EXPECT_TRUE(rec.body.starts_with("<!doctype html>")) << rec.body.substr(0, 20);
  EXPECT_NE(rec.body.find("</html>"), std::string::npos);
}

TEST(WarcSamples, TargetUriAndDateAreKept) {
  auto r = ReadPaths({SamplesDir() + "commoncrawl-whirlwind/whirlwind.warc.gz"});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].uri, "https://an.wikipedia.org/wiki/Escopete");
  EXPECT_EQ(r.records[0].fetched_at.substr(0, 10), "2024-05-18");
  EXPECT_EQ(r.records[0].kind, PayloadKind::kHtml);
  EXPECT_EQ(r.records[0].index, 2u);
}

TEST(WarcSamples, WetConversionIsText) {
  auto r = ReadPaths({SamplesDir() + "commoncrawl-whirlwind/whirlwind.warc.wet.gz"});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].kind, PayloadKind::kText);
  EXPECT_EQ(r.records[0].uri, "https://an.wikipedia.org/wiki/Escopete");
  EXPECT_TRUE(r.records[0].body.starts_with("Escopete - Biquipedia"));
}

TEST(WarcSamples, AngleBracketsAroundTargetUriAreDropped) {
  auto r = ReadPaths({SamplesDir() + "warcio/example-wget-bad-target-uri.warc.gz"});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].uri, "http://example.com/");
}

TEST(WarcSamples, ArcUriWithSpacesAndDate) {
  auto r = ReadPaths({SamplesDir() + "warcio/example-space-in-url.arc"});
  ASSERT_EQ(r.error_records.size(), 1u);
  EXPECT_EQ(r.error_records[0].uri,
            "http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples%20From%20The%20"
            "Live%20Web&IsPopUp=False");
  auto arc = ReadPaths({SamplesDir() + "warcio/example.arc"});
  ASSERT_EQ(arc.records.size(), 1u);
  EXPECT_EQ(arc.records[0].uri, "http://example.com/");
  EXPECT_EQ(arc.records[0].fetched_at, "2014-02-16T05:02:21Z");
  EXPECT_TRUE(arc.records[0].body.starts_with("<!doctype html>"));
}

TEST(WarcSamples, TruncatedGzipEndsTheFileWithOneError) {
  auto r = ReadPaths({SamplesDir() + "fastwarc/clipped.warc.gz"});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message().find("truncated gzip member"), std::string::npos);
  EXPECT_EQ(r.error_records[0].index, 0u);
  EXPECT_EQ(r.error_records[0].source, SamplesDir() + "fastwarc/clipped.warc.gz");
  EXPECT_EQ(r.error_records[0].uri.substr(0, 28), "http://www.houstonpress.com/");
}

TEST(WarcSamples, ClueWebLfOnlyHttpHeadersAreParsed) {
  auto r = ReadPaths({SamplesDir() + "fastwarc/clueweb-quirk.warc.gz"});
  for (const Record& rec : r.records) {
    EXPECT_FALSE(rec.content_type.empty()) << rec.uri;
    EXPECT_FALSE(rec.http_headers.empty()) << rec.uri;
  }
}

}  // namespace
}  // namespace lede::io
