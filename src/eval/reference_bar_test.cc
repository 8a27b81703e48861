#include "eval/reference_bar.h"

#include <map>

#include <gtest/gtest.h>

#include "eval/report.h"
#include "eval/testing.h"

namespace lede::eval {
namespace {

using testing::DataDir;

// Every set has a bar. Where the set ships the bar tool's outputs, the bar is
// computed, and it is the figure the README states for that tool on this split.
TEST(ReferenceBar, EverySetHasOneAndShippedOutputsScoreToTheReadme) {
  const std::map<std::string, double> computed = {{"scrapinghub-aeb", 0.956},
                                                  {"fundus-eval", 0.9671}};
  for (const std::string& name : DevSetNames()) {
    SCOPED_TRACE(name);
    DevSet set;
    ASSERT_TRUE(LoadDevSet(DataDir(), name, &set).ok());
    ReferenceBar bar;
    ASSERT_TRUE(LoadReferenceBar(set, &bar).ok());
    EXPECT_FALSE(bar.tool.empty());
    EXPECT_TRUE(bar.scores.body.scored() || bar.scores.date.scored());
    auto it = computed.find(name);
    if (it == computed.end()) continue;
    EXPECT_EQ(bar.tool.rfind("trafilatura", 0), 0u);
    EXPECT_EQ(bar.scores.body.pages, set.pages.size());
    EXPECT_NEAR(bar.scores.body.value, it->second, 0.0005);
    EXPECT_FALSE(bar.scores.title.scored());
  }
}

TEST(Report, TableAndJsonShowOursBesideTheBar) {
  SetReport r;
  r.set = "scrapinghub-aeb";
  r.body_metric = BodyMetric::kShingleF1;
  r.lede.pages = 109;
  r.lede.failed = 2;
  r.lede.body = {0.9512, 109};
  r.bar = {"trafilatura 2.0.0", "shipped outputs", {}};
  r.bar.scores.body = {0.956, 109};
  r.seconds = 2;
  r.bytes = 10'000'000;
  const std::string table = FormatTable({r});
  EXPECT_NE(table.find("0.951 (0.956)"), std::string::npos) << table;
  EXPECT_NE(table.find("trafilatura 2.0.0"), std::string::npos);
  EXPECT_NE(table.find("54.5"), std::string::npos);  // pages/s
  const nlohmann::json j = ReportToJson({r});
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["failed"], 2);
  EXPECT_DOUBLE_EQ(j[0]["lede"]["body"]["score"].get<double>(), 0.9512);
  EXPECT_TRUE(j[0]["lede"]["title"].is_null());
  EXPECT_DOUBLE_EQ(j[0]["mb_per_s"].get<double>(), 5.0);
  EXPECT_EQ(j[0]["bar"]["tool"], "trafilatura 2.0.0");
}

}  // namespace
}  // namespace lede::eval
