#include "io/gzip_source.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "io/testing.h"

namespace lede::io {
namespace {

using testing::Deflate;
using testing::ReadFile;
using testing::SamplesDir;

// Inflates all of `compressed`; returns the status and the bytes before it.
Status InflateAll(std::string_view compressed, Compression compression, std::string* out,
                  size_t piece = 0) {
  auto source = NewInflateSource(NewMemorySource(compressed, piece), compression);
  char buf[4096];
  out->clear();
  for (;;) {
    size_t got = 0;
    Status s = source->Read(buf, sizeof buf, &got);
    if (!s.ok() || got == 0) return s;
    out->append(buf, got);
  }
}

const std::string kGzipDir = SamplesDir() + "webarchive-commons/gzip/";

TEST(GzipSource, OneMember) {
  std::string out;
  ASSERT_TRUE(InflateAll(ReadFile(kGzipDir + "abcd.gz"), Compression::kGzip, &out).ok());
  EXPECT_EQ(out, "abcd");
}

TEST(GzipSource, MembersAreOneStream) {
  std::string one, two;
  ASSERT_TRUE(InflateAll(ReadFile(kGzipDir + "hi.gz"), Compression::kGzip, &one).ok());
  ASSERT_TRUE(InflateAll(ReadFile(kGzipDir + "hi-2.gz"), Compression::kGzip, &two).ok());
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(two, one + one);
  std::string three;
  std::string joined = ReadFile(kGzipDir + "abcd.gz") + ReadFile(kGzipDir + "empty.gz") +
                       ReadFile(kGzipDir + "abcd.gz");
  ASSERT_TRUE(InflateAll(joined, Compression::kGzip, &three, /*piece=*/3).ok());
  EXPECT_EQ(three, "abcdabcd");
}

TEST(GzipSource, EmptyMember) {
  std::string out;
  EXPECT_TRUE(InflateAll(ReadFile(kGzipDir + "empty.gz"), Compression::kGzip, &out).ok());
  EXPECT_EQ(out, "");
}

TEST(GzipSource, BadDataIsCorruption) {
  std::string out;
  Status s =
      InflateAll(ReadFile(kGzipDir + "double-single-inflate-error.gz"), Compression::kGzip, &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("invalid distance too far back"), std::string::npos) << s.ToString();
}

TEST(GzipSource, TrailingGarbageIsCorruption) {
  std::string out;
  Status s = InflateAll(ReadFile(kGzipDir + "abcd.gz") + "garbage", Compression::kGzip, &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(out, "abcd");
}

// jwarc: every truncation of cc.warc.gz must be an error, never a silent success.
TEST(GzipSource, EveryTruncationIsAnError) {
  const std::string bytes = ReadFile(SamplesDir() + "jwarc/cc.warc.gz");
  std::string whole, out;
  ASSERT_TRUE(InflateAll(bytes, Compression::kGzip, &whole).ok());
  for (size_t cut = 1; cut < bytes.size(); ++cut) {
    Status s = InflateAll(std::string_view(bytes).substr(0, cut), Compression::kGzip, &out);
    ASSERT_EQ(s.code(), Status::Code::kCorruption) << "cut at " << cut;
    EXPECT_TRUE(whole.starts_with(out)) << "cut at " << cut;
  }
}

TEST(GzipSource, DeflateZlibAndRaw) {
  const std::string text(5000, 'x');
  std::string out;
  ASSERT_TRUE(InflateAll(Deflate(text, MAX_WBITS), Compression::kDeflate, &out).ok());
  EXPECT_EQ(out, text);
  ASSERT_TRUE(InflateAll(Deflate(text, -MAX_WBITS), Compression::kDeflate, &out, 1).ok());
  EXPECT_EQ(out, text);
}

}  // namespace
}  // namespace lede::io
