#include "io/stream.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdint>
#include <string>

namespace lede::io {
namespace {

TEST(Stream, LinesWithLimitsAndEnds) {
  for (size_t piece : {0, 1, 2, 5}) {
    Stream s(NewMemorySource("one\r\ntoo long line\n\nlast", piece));
    std::string line;
    EXPECT_EQ(s.ReadLine(0, &line), LineRead::kLine);
    EXPECT_EQ(line, "one\r");
    EXPECT_EQ(s.ReadLine(3, &line), LineRead::kTooLong);
    EXPECT_EQ(line, "too");
    EXPECT_EQ(s.ReadLine(3, &line), LineRead::kLine);
    EXPECT_EQ(line, "");
    EXPECT_EQ(s.Peek(2), "la");
    EXPECT_EQ(s.ReadLine(0, &line), LineRead::kLine);
    EXPECT_EQ(line, "last");
    EXPECT_EQ(s.ReadLine(0, &line), LineRead::kEnd);
    EXPECT_TRUE(s.AtEnd());
    EXPECT_EQ(s.offset(), 24u);
  }
}

TEST(Stream, ReadSkipAndBlankLines) {
  Stream s(NewMemorySource("\r\n\n\r\r\nabcdefgh", 3));
  EXPECT_TRUE(s.SkipBlankLines());
  EXPECT_EQ(s.Skip(2), 2u);
  std::string out;
  EXPECT_EQ(s.Read(4, &out), 4u);
  EXPECT_EQ(out, "cdef");
  EXPECT_EQ(s.Read(10, &out), 2u);
  EXPECT_EQ(out, "cdefgh");
  EXPECT_FALSE(s.SkipBlankLines());
  EXPECT_EQ(s.Skip(5), 0u);
  EXPECT_TRUE(s.status().ok());
}

// Memory bytes behind a fixed, possibly wrong, RemainingHint.
class HintedSource : public ByteSource {
 public:
  HintedSource(std::string_view bytes, uint64_t hint) : memory_(NewMemorySource(bytes, 100000)), hint_(hint) {}
  Status Read(char* buf, size_t n, size_t* got) override { return memory_->Read(buf, n, got); }
  uint64_t RemainingHint() const override { return hint_; }

 private:
  std::unique_ptr<ByteSource> memory_;
  uint64_t hint_;
};

TEST(Stream, LongReadsTakeEveryByteWhateverTheSizeHint) {
  std::string bytes(300000, 'a');
  for (size_t i = 0; i < bytes.size(); i += 7) bytes[i] = static_cast<char>('a' + i % 26);
  for (uint64_t hint : {uint64_t{0}, uint64_t{10}, uint64_t{200000}, uint64_t{300000}, uint64_t{1} << 20}) {
    Stream s(std::make_unique<HintedSource>(bytes, hint));
    EXPECT_EQ(s.Peek(3), bytes.substr(0, 3));
    std::string out = "prefix";
    EXPECT_EQ(s.Read(UINT64_MAX, &out), bytes.size()) << "hint " << hint;
    EXPECT_EQ(out, "prefix" + bytes) << "hint " << hint;
    EXPECT_EQ(s.offset(), bytes.size());
    EXPECT_TRUE(s.AtEnd());
  }
}

TEST(ByteSource, AFileKnowsHowManyBytesAreLeft) {
  char path[] = "/tmp/lede_stream_test_XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(write(fd, "0123456789", 10), 10);
  close(fd);
  std::unique_ptr<ByteSource> file;
  ASSERT_TRUE(OpenFileSource(path, &file).ok());
  EXPECT_EQ(file->RemainingHint(), 10u);
  char buf[4];
  size_t got = 0;
  ASSERT_TRUE(file->Read(buf, sizeof buf, &got).ok());
  EXPECT_EQ(got, 4u);
  EXPECT_EQ(file->RemainingHint(), 6u);
  unlink(path);
  EXPECT_EQ(NewMemorySource("abc")->RemainingHint(), 3u);
}

// A source that fails after its bytes.
class FailingSource : public ByteSource {
 public:
  Status Read(char* buf, size_t n, size_t* got) override {
    *got = 0;
    if (!sent_) {
      sent_ = true;
      buf[0] = 'x';
      *got = 1;
      return Status::OK();
    }
    return Status::IOError("disk on fire");
  }

 private:
  bool sent_ = false;
};

TEST(Stream, ErrorShowsAfterTheBytesBeforeIt) {
  Stream s(std::make_unique<FailingSource>());
  EXPECT_EQ(s.Peek(10), "x");
  EXPECT_TRUE(s.status().ok());
  EXPECT_EQ(s.Skip(1), 1u);
  EXPECT_TRUE(s.AtEnd());
  EXPECT_EQ(s.status().code(), Status::Code::kIOError);
}

}  // namespace
}  // namespace lede::io
