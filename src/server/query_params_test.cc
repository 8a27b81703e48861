#include "server/query_params.h"

#include <gtest/gtest.h>

namespace lede::server {
namespace {

const std::vector<std::string> kAllowed = {"q", "limit", "from", "type"};

TEST(PercentDecodeTest, DecodesEscapesAndPlus) {
  struct Case {
    std::string in;
    bool plus_is_space;
    std::string out;
  } cases[] = {
      {"a+b%20c", true, "a b c"}, {"a+b", false, "a+b"}, {"%C3%A9t%c3%a9", true, "été"},
      {"%2e%2E", false, ".."},    {"", true, ""},
  };
  for (const Case& c : cases) {
    std::string out;
    ASSERT_TRUE(PercentDecode(c.in, c.plus_is_space, &out).ok()) << c.in;
    EXPECT_EQ(out, c.out) << c.in;
  }
}

TEST(PercentDecodeTest, RejectsBadEscapesAndNul) {
  for (std::string bad : {"%", "%4", "%zz", "a%g1", "%00"}) {
    std::string out;
    Status s = PercentDecode(bad, true, &out);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << bad;
  }
}

TEST(SplitTargetTest, SplitsAtFirstQuestionMark) {
  std::string_view path, query;
  SplitTarget("/api/search?q=a?b&limit=2", &path, &query);
  EXPECT_EQ(path, "/api/search");
  EXPECT_EQ(query, "q=a?b&limit=2");
  SplitTarget("/api/stats", &path, &query);
  EXPECT_EQ(path, "/api/stats");
  EXPECT_EQ(query, "");
}

TEST(QueryParamsTest, ParsesAllowedNames) {
  QueryParams params;
  ASSERT_TRUE(QueryParams::Parse("q=El+Khiam&limit=5&&from=", kAllowed, &params).ok());
  EXPECT_EQ(params.Get("q"), "El Khiam");
  EXPECT_EQ(params.Get("from"), "");  // empty counts as absent
  int64_t limit = 0;
  ASSERT_TRUE(params.GetInt("limit", 20, 1, 200, &limit).ok());
  EXPECT_EQ(limit, 5);
}

TEST(QueryParamsTest, UnknownRepeatedOrMalformedIsNamed) {
  QueryParams params;
  Status s = QueryParams::Parse("q=a&colour=red", kAllowed, &params);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("colour"), std::string::npos);
  s = QueryParams::Parse("q=a&q=b", kAllowed, &params);
  EXPECT_NE(s.message().find("'q' given twice"), std::string::npos);
  s = QueryParams::Parse("q=%zz", kAllowed, &params);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
}

TEST(QueryParamsTest, IntegersAreCheckedAgainstTheirRange) {
  QueryParams params;
  int64_t value = 0;
  ASSERT_TRUE(QueryParams::Parse("", kAllowed, &params).ok());
  ASSERT_TRUE(params.GetInt("limit", 20, 1, 200, &value).ok());
  EXPECT_EQ(value, 20);
  for (std::string bad : {"limit=0", "limit=201", "limit=-1", "limit=ten", "limit=5x",
                          "limit=99999999999999999999"}) {
    ASSERT_TRUE(QueryParams::Parse(bad, kAllowed, &params).ok());
    Status s = params.GetInt("limit", 20, 1, 200, &value);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << bad;
    EXPECT_NE(s.message().find("'limit'"), std::string::npos) << s.message();
  }
}

TEST(QueryParamsTest, DatesMustBeRealDays) {
  QueryParams params;
  std::string date;
  ASSERT_TRUE(QueryParams::Parse("from=2024-02-29", kAllowed, &params).ok());
  ASSERT_TRUE(params.GetDate("from", &date).ok());
  EXPECT_EQ(date, "2024-02-29");
  for (std::string bad : {"from=2023-02-29", "from=2023-13-01", "from=2023-1-01", "from=yesterday",
                          "from=2023-01-01T00:00"}) {
    ASSERT_TRUE(QueryParams::Parse(bad, kAllowed, &params).ok());
    Status s = params.GetDate("from", &date);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << bad;
    EXPECT_NE(s.message().find("'from'"), std::string::npos);
  }
}

TEST(QueryParamsTest, ChoicesAreCaseInsensitive) {
  QueryParams params;
  std::string type;
  ASSERT_TRUE(QueryParams::Parse("type=person", kAllowed, &params).ok());
  ASSERT_TRUE(params.GetChoice("type", {"PERSON", "LOCATION"}, &type).ok());
  EXPECT_EQ(type, "PERSON");
  ASSERT_TRUE(QueryParams::Parse("type=animal", kAllowed, &params).ok());
  Status s = params.GetChoice("type", {"PERSON", "LOCATION"}, &type);
  EXPECT_NE(s.message().find("PERSON, LOCATION"), std::string::npos);
}

}  // namespace
}  // namespace lede::server
