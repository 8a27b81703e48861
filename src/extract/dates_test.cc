#include "extract/dates.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

DateBounds Until2024() {
  DateBounds bounds;
  bounds.latest = DateTime{2024, 6, 30};
  return bounds;
}

struct DateCase {
  const char* input;
  const char* want;  // ToIso(), or "" for no date
};

TEST(FindDateTest, FormatsAndLanguages) {
  const DateCase cases[] = {
      {"2023-12-22", "2023-12-22"},
      {"2023-12-22T17:35:12Z", "2023-12-22T17:35:12Z"},
      {"2023-12-22T17:35:12.123+01:00", "2023-12-22T17:35:12+01:00"},
      {"2023-12-22 09:05", "2023-12-22T09:05:00"},
      {"2023/12/22", "2023-12-22"},
      {"Posted 22.12.2023 um 10:00", "2023-12-22"},
      {"22/12/2023", "2023-12-22"},
      {"Von: Björn Jahner | 31.10.23", "2023-10-31"},
      {"31/10/23", ""},  // two-digit years only with dots
      {"31.10.2023", "2023-10-31"},
      {"12/22/2023", "2023-12-22"},
      {"03/04/2023", "2023-03-04"},
      {"December 22, 2023", "2023-12-22"},
      {"Saturday, May 18, 2019", "2019-05-18"},
      {"Dec. 22nd 2023 at 5 pm", "2023-12-22"},
      {"Published: 22 December 2023", "2023-12-22"},
      {"22. Dezember 2023", "2023-12-22"},
      {"3. März 2021", "2021-03-03"},
      {"3. MÄRZ 2021", "2021-03-03"},
      {"le 1er février 2022", "2022-02-01"},
      {"Publié le 14 DÉCEMBRE 2020", "2020-12-14"},
      {"22 de diciembre de 2023", "2023-12-22"},
      {"7 settembre 2020", "2020-09-07"},
      {"5 de março de 2019", "2019-03-05"},
      {"12 maart 2018", "2018-03-12"},
      {"duminică, 20 septembrie 2020", "2020-09-20"},
      {"15 августа 2016, 13:43", "2016-08-15"},
      {"3 października 2019", "2019-10-03"},
      {"7 Ağustos 2021", "2021-08-07"},
      {"الأربعاء، 07 أكتوبر 2020", "2020-10-07"},
      {"2023年12月22日", "2023-12-22"},
      {"no date here", ""},
      {"May I say 12 things", ""},
      {"2023-02-30", ""},                  // no such day
      {"1989-01-01", ""},                  // before the web
      {"2031-01-01", ""},                  // after the bound
      {"Tel. 0049-1234-2023-11-05", ""},   // glued to a longer number
      {"call 123/45/2023 now", ""},
      {"Copyright 2031, updated 4 May 2023", "2023-05-04"},
  };
  for (const auto& c : cases) {
    auto got = FindDate(c.input, Until2024());
    EXPECT_EQ(got ? got->date.ToIso() : "", c.want) << c.input;
  }
}

TEST(FindDateTest, ReportsWhereTheDateIs) {
  std::string_view text = "Rabat, 4 May 2023 - The minister";
  auto got = FindDate(text, Until2024());
  ASSERT_TRUE(got);
  EXPECT_EQ(text.substr(got->start, got->end - got->start), "4 May 2023");
}

TEST(FindDateTest, TakesTheEarliestDate) {
  auto got = FindDate("Updated 2023-05-06; first published 4 May 2023", Until2024());
  ASSERT_TRUE(got);
  EXPECT_EQ(got->date.ToIso(), "2023-05-06");
}

TEST(ParseDateTest, WholeStringOnly) {
  const DateCase cases[] = {
      {"  2023-12-22T10:00:00+00:00 ", "2023-12-22T10:00:00Z"},
      {"20231222", "2023-12-22"},
      {"Thursday, January 12, 2006", "2006-01-12"},
      {"Published on March 3, 2021 10:32 AM EST", "2021-03-03"},
      {"The meeting on March 3, 2021 was long and it went on and on for many hours", ""},
      {"Issue 12, March 3, 2021", ""},
      {"20231340", ""},
  };
  for (const auto& c : cases) {
    auto got = ParseDate(c.input, Until2024());
    EXPECT_EQ(got ? got->ToIso() : "", c.want) << c.input;
  }
}

TEST(DateFromUrlTest, PathPatterns) {
  const DateCase cases[] = {
      {"https://observer.com/2023/12/elon-musk-opening-austin-university/", ""},
      {"https://www.searchenginewatch.com/2023/10/17/establishing-niche/", "2023-10-17"},
      {"https://example.com/news/2019-05-18-storm-hits", "2019-05-18"},
      {"https://example.com/news/20190518/storm.html", "2019-05-18"},
      {"https://example.com/a/story_2019_05_18.html", "2019-05-18"},
      {"https://2019.example.com/05/18/x", ""},
      {"https://www.aol.com/u-n-votes-ramp-gaza-173512435.html", ""},
      {"https://example.com/id/20191340/", ""},
      {"https://blog.campact.de/2023/10/3-fragen-an-tina/", ""},
      {"https://example.com/2023/10/3/story", "2023-10-03"},
      {"https://weisser-ring.de/media-news/meldungen/29-10-2021", "2021-10-29"},
  };
  for (const auto& c : cases) {
    auto got = DateFromUrl(c.input, Until2024());
    EXPECT_EQ(got ? got->ToIso() : "", c.want) << c.input;
  }
}

TEST(ParseIsoDateTest, Timestamps) {
  auto got = ParseIsoDate("2024-01-05T12:00:00Z");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->ToIso(), "2024-01-05T12:00:00Z");
  EXPECT_FALSE(ParseIsoDate("yesterday"));
}

TEST(IsPlausibleDateTest, LeapYears) {
  DateBounds any;
  EXPECT_TRUE(IsPlausibleDate({2024, 2, 29}, any));
  EXPECT_FALSE(IsPlausibleDate({2023, 2, 29}, any));
  EXPECT_FALSE(IsPlausibleDate({2100, 2, 29}, any));
  EXPECT_TRUE(IsPlausibleDate({2000, 2, 29}, any));
}

}  // namespace
}  // namespace lede
