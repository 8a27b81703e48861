#include "store/date_facets.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(FacetFilterTest, CoversRangesWithFewestTokens) {
  struct Case {
    const char* from;
    const char* to;
    const char* lang;
    const char* want;
  } cases[] = {
      {"", "", "", ""},
      {"", "", "en", "facets:len"},
      {"2019-01-01", "2019-12-31", "", "facets:(y2019)"},
      {"2019-03-15", "2019-03-16", "", "facets:(d20190315 OR d20190316)"},
      {"2019-12-30", "2021-02-01", "fr",
       "facets:(d20191230 OR d20191231 OR y2020 OR m202101 OR d20210201) AND facets:lfr"},
      {"2020-02-01", "2020-02-29", "", "facets:(m202002)"},  // leap year
      {"2099-12-31", "", "", "facets:(d20991231)"},
      {"", "1900-01-01", "", "facets:(d19000101)"},
      {"1850-01-01", "1899-12-31", "", "facets:(nofacet)"},
  };
  for (const Case& c : cases) {
    SearchFilters f;
    f.from = c.from;
    f.to = c.to;
    f.lang = c.lang;
    std::string match;
    ASSERT_TRUE(FacetFilter(f, &match).ok()) << c.from << " " << c.to;
    EXPECT_EQ(match, c.want) << c.from << " " << c.to;
  }
}

TEST(FacetFilterTest, RejectsBadFilters) {
  for (auto [from, to, lang] : {std::tuple{"2019-3-15", "", ""}, {"2019-02-29", "", ""}, {"", "2019-13-01", ""},
                                {"2019-01-01x", "", ""}, {"2020-01-02", "2020-01-01", ""}, {"", "", "EN"},
                                {"", "", "e"}, {"", "", "en)"}}) {
    SearchFilters f;
    f.from = from;
    f.to = to;
    f.lang = lang;
    std::string match;
    EXPECT_EQ(FacetFilter(f, &match).code(), Status::Code::kInvalidArgument) << from << " " << to << " " << lang;
  }
}

TEST(RestrictQueryTest, KeepsTheQueryInsideTheRestriction) {
  std::string match;
  ASSERT_TRUE(RestrictQuery("a OR b", "facets:len", &match).ok());
  EXPECT_EQ(match, "(a OR b) AND facets:len");
  ASSERT_TRUE(RestrictQuery("a", "", &match).ok());
  EXPECT_EQ(match, "a");
  ASSERT_TRUE(RestrictQuery("\"a ) b\" (c)", "facets:len", &match).ok());
  EXPECT_EQ(RestrictQuery("a) OR (b", "facets:len", &match).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(RestrictQuery("(a", "facets:len", &match).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace lede
