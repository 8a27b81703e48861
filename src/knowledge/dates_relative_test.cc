#include "knowledge/dates_relative.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

struct Case {
  std::string text;
  std::string published;
  std::string expression;  // as written; empty: no date found
  std::string iso;
};

std::vector<DateMention> DatesIn(const std::string& text, const std::string& published,
                                 std::unique_ptr<Document>* doc) {
  Article article;
  article.text = text;
  EXPECT_TRUE(Document::Create(std::move(article), {}, doc).ok());
  return FindDates(**doc, 0, (*doc)->tokens().size(), published);
}

TEST(DatesRelativeTest, ResolvesAgainstThePublicationDate) {
  // 2017-09-01 is a Friday.
  const Case cases[] = {
      {"He said Tuesday that it was over.", "2017-09-01", "Tuesday", "2017-08-29"},
      {"The vote was held on Friday.", "2017-09-01", "Friday", "2017-09-01"},
      {"Police said yesterday that two men were held.", "2017-09-01", "yesterday", "2017-08-31"},
      {"Prices rose last year.", "2017-09-01T08:00:00Z", "last year", "2016"},
      {"Exports fell last month.", "2017-01-15", "last month", "2016-12"},
      {"Talks resume next year.", "2017-09-01", "next year", "2018"},
      {"It opened last August.", "2017-08-20", "last August", "2016-08"},
      {"It opens next March.", "2017-09-01", "next March", "2018-03"},
      {"In late August, a delegation visited Morocco.", "2017-09-01", "late August", "2017-08"},
      {"The trial opened on May 18 in Paris.", "2017-09-01", "May 18", "2017-05-18"},
      {"The trial opens on October 2.", "2017-09-01", "October 2", "2016-10-02"},
      {"It began on 3 Sept. 2015 in Rome.", "2017-09-01", "3 Sept. 2015", "2015-09-03"},
      {"It ended on May 18, 2016.", "", "May 18, 2016", "2016-05-18"},
      {"The report is dated 2017-08-20.", "", "2017-08-20", "2017-08-20"},
      {"Officials may visit next week.", "2017-09-01", "", ""},
      {"He said Tuesday that it was over.", "", "", ""},
      {"He said Tuesday that it was over.", "01/09/2017", "", ""},
  };
  for (const Case& c : cases) {
    std::unique_ptr<Document> doc;
    const std::vector<DateMention> dates = DatesIn(c.text, c.published, &doc);
    if (c.expression.empty()) {
      EXPECT_TRUE(dates.empty()) << c.text << " -> " << dates.front().iso;
      continue;
    }
    ASSERT_EQ(dates.size(), 1u) << c.text;
    EXPECT_EQ(doc->text(dates[0].span), c.expression) << c.text;
    EXPECT_EQ(dates[0].iso, c.iso) << c.text;
  }
}

}  // namespace
}  // namespace lede
