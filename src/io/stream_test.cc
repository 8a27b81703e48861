#include "io/stream.h"

#include <gtest/gtest.h>

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
