// Stories on real data: the demo corpus (336 Wikinews articles, 2006-2023)
// ingested with analysis; articles known to report the same story must share one,
// unrelated articles of the same days must not.
#include <map>

#include <gtest/gtest.h>

#include "lede/store.h"
#include "store/demo_store.h"
#include "store/sqlite.h"
#include "store/test_corpus.h"

namespace lede {
namespace {

class DemoStoriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    IngestReport report;
    Status s;
    path_ = &testing::SharedDemoStore(&s, &report);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_EQ(report.added, 336u);
    // line number in the corpus (0-based) -> story id; article ids are line + 1
    sqlite::Database db;
    ASSERT_TRUE(db.Open(*path_, SQLITE_OPEN_READONLY).ok());
    sqlite::Statement st;
    ASSERT_TRUE(db.Prepare("SELECT article_id - 1, story_id FROM story_articles", &st).ok());
    story_ = new std::map<int64_t, int64_t>;
    bool row = false;
    while (st.Step(&row).ok() && row) (*story_)[st.Int(0)] = st.Int(1);
  }

  static int64_t Story(int64_t line) { return story_->count(line) ? story_->at(line) : -line; }

  static const std::string* path_;
  static std::map<int64_t, int64_t>* story_;
};

const std::string* DemoStoriesTest::path_ = nullptr;
std::map<int64_t, int64_t>* DemoStoriesTest::story_ = nullptr;

TEST_F(DemoStoriesTest, SameStoryArticlesCluster) {
  const std::vector<std::vector<int64_t>> same = {
      {133, 137},       // Hurricane Dorian in the Bahamas, 1 and 5 September 2019
      {149, 152},       // Hurricane Humberto
      {143, 146},       // the suspension of the UK parliament
      {214, 215},       // Qasem Soleimani killed; Iraq votes to expel US troops
      {296, 298, 300},  // Sunshine Coast rugby union rounds
      {258, 261},       // Sanders ends his bid; endorses Biden
      {328, 330},       // Red Hat moves away from CentOS
  };
  for (const auto& group : same) {
    for (int64_t line : group) EXPECT_EQ(Story(line), Story(group[0])) << "lines " << group[0] << " and " << line;
  }
}

TEST_F(DemoStoriesTest, UnrelatedArticlesOfTheSameDaysDoNot) {
  const std::vector<std::pair<int64_t, int64_t>> different = {
      {44, 45},    // an escape room fire in Poland; a highway pileup in Florida
      {42, 43},    // a Magnitogorsk building collapse; Pelosi elected Speaker
      {52, 53},    // a bus crash in Cuba; the mayor of Gdansk stabbed
      {54, 55},    // an Iranian cargo plane crash; the Lion Air voice recorder
      {165, 166},  // a hurdles world title; Hurricane Lorenzo
      {307, 308},  // Trump tests positive; Eddie Van Halen dies
      {133, 135},  // Hurricane Dorian; Sirhan Sirhan stabbed
  };
  for (const auto& [a, b] : different) EXPECT_NE(Story(a), Story(b)) << "lines " << a << " and " << b;
}

TEST_F(DemoStoriesTest, StoriesCarryLabelDatesOutletsAndCounts) {
  sqlite::Database db;
  ASSERT_TRUE(db.Open(*path_, SQLITE_OPEN_READONLY).ok());
  sqlite::Statement st;
  ASSERT_TRUE(db.Prepare("SELECT label, first_published, last_published, outlets, article_count, "
                         "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) "
                         "FROM stories s WHERE id = ?1", &st).ok());
  EXPECT_EQ(story_->size(), 336u);  // every article has a story
  bool row = false;
  ASSERT_TRUE(st.Bind(1, Story(133)).Step(&row).ok());
  ASSERT_TRUE(row);
  EXPECT_NE(st.Text(0).find("Dorian"), std::string::npos) << st.Text(0);
  EXPECT_NE(st.Text(0).find("hurricane"), std::string::npos) << st.Text(0);
  EXPECT_EQ(st.Text(1), "2019-09-01");
  EXPECT_EQ(st.Text(2), "2019-09-05");
  EXPECT_EQ(st.Text(3), "[\"en.wikinews.org\"]");
  EXPECT_EQ(st.Int(4), 2);
  EXPECT_EQ(st.Int(5), 2);
}

}  // namespace
}  // namespace lede
