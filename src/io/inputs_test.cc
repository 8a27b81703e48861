// OpenInputs: directories, stdin, missing inputs, the limits, garbage, and
// streaming against whole-buffer reading.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "io/testing.h"

namespace lede::io {
namespace {

using testing::FixturesDir;
using testing::ReadFile;
using testing::ReadPaths;
using testing::ReadSource;
using testing::SamplesDir;

namespace fs = std::filesystem;

// A temporary directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "lede_io_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, std::string_view bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), bytes.size());
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// One WARC/1.0 record with the given type, target URI and block.
std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view block) {
  return "WARC/1.0\r\nWARC-Type: " + std::string(type) +
         "\r\nWARC-Target-URI: " + std::string(uri) +
         "\r\nContent-Type: application/http; msgtype=response\r\n" +
         "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + std::string(block) +
         "\r\n\r\n";
}

TEST(Inputs, DirectoryIsWalkedRecursivelyInPathOrder) {
  TempDir dir;
  const std::string html = ReadFile(FixturesDir() + "article/article.html");
  dir.Write("b/z.html", html);
  dir.Write("a.html", html);
  dir.Write("b/a/y.html", html);
  dir.Write("c.warc.gz", ReadFile(FixturesDir() + "article/article.warc.gz"));
  fs::create_symlink(dir.path() + "/nowhere", dir.path() + "/b/dangling.html");
  auto r = ReadPaths({dir.path()});
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.records[0].source, dir.path() + "/a.html");
  EXPECT_EQ(r.records[1].source, dir.path() + "/b/a/y.html");
  EXPECT_EQ(r.records[2].source, dir.path() + "/b/z.html");
  EXPECT_EQ(r.records[3].source, dir.path() + "/c.warc.gz");
  EXPECT_EQ(r.stats.records, 4u);
  EXPECT_EQ(r.stats.skipped.at("request"), 1u);
}

// The bytes a reader has read, at the end, are the inputs' sizes on disk (the
// progress line's denominator), compressed files counted compressed.
TEST(Inputs, BytesReadReachInputBytes) {
  TempDir dir;
  dir.Write("b/z.html", ReadFile(FixturesDir() + "article/article.html"));
  dir.Write("c.warc.gz", ReadFile(FixturesDir() + "article/article.warc.gz"));
  const std::string file = FixturesDir() + "article/article.html";
  const uint64_t total = InputBytes({dir.path(), file});
  EXPECT_EQ(total, fs::file_size(dir.path() + "/b/z.html") + fs::file_size(dir.path() + "/c.warc.gz") +
                       fs::file_size(file));
  auto r = ReadPaths({dir.path(), file});
  EXPECT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.stats.bytes_read, total);
  EXPECT_EQ(InputBytes({file, "-"}), 0u) << "stdin's size is not known up front";
  EXPECT_EQ(InputBytes({"/nonexistent/lede/file.html"}), 0u);
}

TEST(Inputs, FixtureDirectoryYieldsEveryContainer) {
  auto r = ReadPaths({FixturesDir() + "article"});
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.records.size(), 8u);  // 8 files, one article each
}

TEST(Inputs, MissingInputIsAnErrorAndTheBatchGoesOn) {
  const std::string html = FixturesDir() + "article/article.html";
  auto r = ReadPaths({"/nonexistent/lede/file.html", html});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Status::Code::kNotFound);
  EXPECT_EQ(r.error_records[0].source, "/nonexistent/lede/file.html");
  EXPECT_EQ(r.error_records[0].uri, "file:///nonexistent/lede/file.html");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].source, html);
  EXPECT_EQ(r.stats.errors, 1u);
}

TEST(Inputs, StdinIsReadLikeAFile) {
  const std::string path = FixturesDir() + "article/article.warc.gz";
  int saved = dup(0);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, 0);
  close(fd);
  auto r = ReadPaths({"-"});
  dup2(saved, 0);
  close(saved);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].source, "-");
  EXPECT_EQ(r.records[0].uri, "https://news.example.org/2024/05/rabat-port-expansion");
  EXPECT_EQ(r.records[0].body, ReadFile(FixturesDir() + "article/article.html"));
}

TEST(Inputs, MaxDocumentBytesSkipsLargerDocumentsAndGoesOn) {
  ReaderOptions options;
  options.max_document_bytes = 1000;
  auto r = ReadPaths({SamplesDir() + "fastwarc/warcfile.warc.gz"}, options);
  ASSERT_FALSE(r.errors.empty());
  for (const Status& e : r.errors) EXPECT_EQ(e.code(), Status::Code::kTooLarge) << e.ToString();
  for (const Record& rec : r.records) EXPECT_LE(rec.body.size(), 1000u);
  EXPECT_EQ(r.records.size() + r.errors.size(), 16u);  // every response, one way or the other

  options.max_document_bytes = 100;
  auto html = ReadPaths({FixturesDir() + "article/article.html"}, options);
  ASSERT_EQ(html.errors.size(), 1u);
  EXPECT_EQ(html.errors[0].code(), Status::Code::kTooLarge);
  auto jsonl = ReadPaths({FixturesDir() + "article/article.jsonl"}, options);
  ASSERT_EQ(jsonl.errors.size(), 1u);
  EXPECT_EQ(jsonl.errors[0].code(), Status::Code::kTooLarge);
}

TEST(Inputs, MaxRecordsPerFileStopsTheFileWithOneError) {
  ReaderOptions options;
  options.max_records_per_file = 5;
  const std::string jsonl =
      std::string(LEDE_SHARED_DIR) + "/data/demo-news/wikinews-articles.jsonl";
  const std::string html = FixturesDir() + "article/article.html";
  auto r = ReadPaths({jsonl, html}, options);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Status::Code::kTooLarge);
  EXPECT_EQ(r.error_records[0].source, jsonl);
  EXPECT_EQ(r.error_records[0].index, 5u);
  ASSERT_EQ(r.records.size(), 6u);  // 5 from the JSONL file, then the next file
  EXPECT_EQ(r.records[5].source, html);

  options.max_records_per_file = 1;  // exactly as many as the file has: no error
  EXPECT_TRUE(ReadPaths({html}, options).errors.empty());
}

TEST(Inputs, MaxHeaderBytesRejectsLargerHeaders) {
  ReaderOptions options;
  options.max_header_bytes = 100;  // every WARC header in the file is longer
  auto r = ReadPaths({FixturesDir() + "article/article.warc"}, options);
  EXPECT_TRUE(r.records.empty());
  ASSERT_EQ(r.errors.size(), 3u);
  for (const Status& e : r.errors) {
    EXPECT_EQ(e.code(), Status::Code::kCorruption);
    EXPECT_NE(e.message().find("max_header_bytes"), std::string::npos) << e.ToString();
  }
  options.max_header_bytes = 400;  // WARC headers fit, the HTTP head (about 120 bytes) fits
  EXPECT_EQ(ReadPaths({FixturesDir() + "article/article.warc"}, options).records.size(), 1u);

  TempDir dir;
  const std::string big_head =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: " + std::string(3000, 'c') +
      "\r\n\r\n<p>one</p>";
  const std::string small_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>two</p>";
  std::string path = dir.Write("heads.warc", WarcRecord("response", "http://a/", big_head) +
                                                 WarcRecord("response", "http://b/", small_head));
  options.max_header_bytes = 1000;
  auto heads = ReadPaths({path}, options);
  ASSERT_EQ(heads.errors.size(), 1u);
  EXPECT_EQ(heads.errors[0].ToString(),
            "corruption: HTTP header larger than max_header_bytes (1000)");
  EXPECT_EQ(heads.error_records[0].uri, "http://a/");
  ASSERT_EQ(heads.records.size(), 1u);
  EXPECT_EQ(heads.records[0].body, "<p>two</p>");
  options.max_header_bytes = 0;  // no limit
  EXPECT_EQ(ReadPaths({path}, options).records.size(), 2u);
}

TEST(Inputs, EmptyAndNonHtmlPayloadsAreSkipped) {
  TempDir dir;
  std::string path = dir.Write(
      "skips.warc",
      WarcRecord("response", "http://empty/",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n") +
          WarcRecord("response", "http://pdf/",
                     "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4") +
          WarcRecord("response", "http://png/", "HTTP/1.1 200 OK\r\n\r\n\x89PNG\r\n\x1a\n") +
          WarcRecord("response", "http://moved/", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n<a>") +
          WarcRecord("response", "http://page/", "HTTP/1.1 200 OK\r\n\r\n<!doctype html><p>x"));
  auto r = ReadPaths({path});
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].uri, "http://page/");
  EXPECT_EQ(r.records[0].index, 4u);
  std::map<std::string, uint64_t> want = {{"empty", 1}, {"not_html", 2}, {"http_not_ok", 1}};
  EXPECT_EQ(r.stats.skipped, want);
}

TEST(Inputs, SpacesInTargetUriAreEscaped) {
  TempDir dir;
  std::string path =
      dir.Write("space.warc", WarcRecord("response", "<file:///example with spaces.html>",
                                         "HTTP/1.1 200 OK\r\n\r\n<p>x</p>"));
  auto r = ReadPaths({path});
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].uri, "file:///example%20with%20spaces.html");
}

TEST(Inputs, DemoCorpusJsonlMapsFields) {
  auto r = ReadPaths({std::string(LEDE_SHARED_DIR) + "/data/demo-news/wikinews-articles.jsonl"});
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.records.size(), 336u);
  for (size_t i = 0; i < r.records.size(); ++i) {
    const Record& rec = r.records[i];
    EXPECT_EQ(rec.index, i);
    EXPECT_EQ(rec.kind, PayloadKind::kText);
    EXPECT_TRUE(rec.uri.starts_with("https://en.wikinews.org/")) << rec.uri;
    EXPECT_FALSE(rec.title_hint.empty());
    EXPECT_FALSE(rec.body.empty());
  }
  EXPECT_EQ(r.records[0].title_hint, "Hundreds dead in Hajj stampede");
  EXPECT_EQ(r.records[0].published_hint, "2006-01-12");
}

TEST(Inputs, BadJsonLinesAreErrorsAndTheRestGoesOn) {
  TempDir dir;
  std::string path =
      dir.Write("x.jsonl",
                "{\"url\": \"u1\", \"text\": \"one\"}\n"
                "{\"url\": \"u2\", \"text\": \n"
                "\n"
                "{\"url\": \"u3\"}\n"
                "[1, 2]\n"
                "{\"html\": \"<p>five</p>\", \"title\": null, \"n\": {\"a\": [1]}}\n");
  auto r = ReadPaths({path});
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].body, "one");
  EXPECT_EQ(r.records[1].body, "<p>five</p>");
  EXPECT_EQ(r.records[1].index, 5u);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.error_records[0].index, 1u);
  EXPECT_EQ(r.error_records[1].index, 3u);
  EXPECT_EQ(r.error_records[1].uri, "u3");
  EXPECT_EQ(r.error_records[2].index, 4u);
}

TEST(Inputs, GarbageNeverCrashes) {
  TempDir dir;
  std::mt19937 rng(42);
  std::string random(1 << 16, '\0');
  for (char& c : random) c = static_cast<char>(rng());
  dir.Write("random.bin", random);
  dir.Write("empty", "");
  dir.Write("nuls", std::string(4096, '\0'));
  dir.Write("warc-garbage.warc", "WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\nxx");
  dir.Write("warc-no-length.warc", "WARC/1.1\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n");
  dir.Write("gzip-garbage.gz", "\x1f\x8b" + random.substr(0, 1000));
  dir.Write("arc-garbage.arc", "filedesc://x 0.0.0.0 20140101000000 text/plain 5\n" + random);
  dir.Write("jsonl-garbage.jsonl", "{\"a\": \n{{{\n{\"text\": \"\\ud800\"\n");
  auto r = ReadPaths({dir.path()});
  EXPECT_TRUE(r.records.empty());
  EXPECT_EQ(r.stats.skipped.at("empty"), 1u);
  EXPECT_EQ(r.stats.skipped.at("not_html"), 2u);  // random bytes, NULs
  EXPECT_EQ(r.errors.size(), 7u);                 // ARC 1, gzip 1, WARC 2, JSONL 3
}

// Reads `path` from its file and from memory in pieces of 1, 7 and 4093 bytes:
// the records, errors and skips must be the same.
void ExpectStreamingMatchesWhole(const std::string& path) {
  const std::string bytes = ReadFile(path);
  auto from_file = ReadPaths({path});
  for (size_t piece : {1, 7, 4093}) {
    auto from_memory = ReadSource(NewMemorySource(bytes, piece));
    ASSERT_EQ(from_memory.records.size(), from_file.records.size()) << path << " piece " << piece;
    for (size_t i = 0; i < from_file.records.size(); ++i) {
      const Record& a = from_file.records[i];
      const Record& b = from_memory.records[i];
      EXPECT_EQ(a.index, b.index) << path;
      EXPECT_EQ(a.body, b.body) << path << " record " << a.index;
      if (!a.uri.starts_with("file://")) {
        EXPECT_EQ(a.uri, b.uri) << path;
      }
    }
    ASSERT_EQ(from_memory.errors.size(), from_file.errors.size()) << path << " piece " << piece;
    for (size_t i = 0; i < from_file.errors.size(); ++i) {
      EXPECT_EQ(from_memory.errors[i].ToString(), from_file.errors[i].ToString()) << path;
      EXPECT_EQ(from_memory.error_records[i].index, from_file.error_records[i].index) << path;
    }
    EXPECT_EQ(from_memory.stats.skipped, from_file.stats.skipped) << path;
  }
}

TEST(Inputs, StreamingMatchesWholeBufferReadingOnEverySample) {
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(SamplesDir())) {
    if (!entry.is_regular_file() || entry.file_size() > (1 << 20)) continue;
    ++files;
    ExpectStreamingMatchesWhole(entry.path().string());
  }
  EXPECT_GT(files, 50u);
}

// Inputs the fuzzer (warc_reader_fuzz.cc) found, named after what broke.
TEST(Inputs, StreamingMatchesWholeBufferReadingOnFuzzFindings) {
  for (const auto& entry : fs::directory_iterator(FixturesDir() + "fuzz")) {
    ExpectStreamingMatchesWhole(entry.path().string());
  }
}

// bad-crc-member.warc.gz: a member whose CRC is wrong. zlib reports that only
// after inflating the member's bytes; they were dropped when the whole member was
// inflated in one call and kept when it came in pieces.
TEST(Inputs, BytesInflatedBeforeAGzipErrorAreRead) {
  auto r = ReadPaths({FixturesDir() + "fuzz/bad-crc-member.warc.gz"});
  EXPECT_EQ(r.records.size(), 6u);
  EXPECT_EQ(r.stats.skipped.at("metadata"), 6u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].ToString(), "corruption: bad gzip data: incorrect data check");
  EXPECT_EQ(r.error_records[0].index, 19u);  // the record that would have come next
}

}  // namespace
}  // namespace lede::io
