#include "util/progress_line.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(ProgressLine, KnownSizeShowsShareAndTimeLeft) {
  ProgressCounts c;
  c.seconds = 30;
  c.documents = 1234;
  c.added = 1200;
  c.existing = 30;
  c.failed = 4;
  c.bytes_read = 25'000'000;
  c.bytes_total = 100'000'000;
  // A quarter read in 30 s: three quarters left take 90 s.
  EXPECT_EQ(ProgressLine(c), "1,234 documents  41 docs/s  25% of 100.0 MB  ETA 1m30s  1,200 added  "
                             "30 already stored  4 failed");
}

TEST(ProgressLine, UnknownSizeHasNoShareOrEta) {
  ProgressCounts c;
  c.seconds = 2;
  c.documents = 10;
  c.added = 10;
  EXPECT_EQ(ProgressLine(c), "10 documents  5 docs/s  10 added  0 already stored  0 failed");
}

TEST(ProgressLine, NothingReadYetHasNoEtaAndReadAheadStopsAtAll) {
  ProgressCounts c;
  c.bytes_total = 3'200'000'000;
  EXPECT_EQ(ProgressLine(c), "0 documents  0 docs/s  0% of 3.2 GB  0 added  0 already stored  0 failed");
  c.seconds = 10;
  c.bytes_total = 500'000;
  c.bytes_read = 600'000;  // a reader reads ahead of what it has handed out
  EXPECT_EQ(ProgressLine(c), "0 documents  0 docs/s  100% of 500 KB  ETA 0s  0 added  0 already stored  0 failed");
}

TEST(ProgressLine, DurationsRoundUpToWholeUnits) {
  EXPECT_EQ(FormatDuration(0), "0s");
  EXPECT_EQ(FormatDuration(41.2), "42s");
  EXPECT_EQ(FormatDuration(60), "1m00s");
  EXPECT_EQ(FormatDuration(3599), "59m59s");
  EXPECT_EQ(FormatDuration(7500), "2h05m");
}

}  // namespace
}  // namespace lede
