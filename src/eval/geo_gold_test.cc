#include "eval/geo_gold.h"

#include <gtest/gtest.h>

#include "eval/testing.h"

namespace lede::eval {
namespace {

using testing::DataDir;

// Articles and toponyms kept, as ../shared/eval/geo_eval.py's articles() counts them.
TEST(GeoGold, KeepsWhatTheReferenceScorerKeeps) {
  const struct {
    const char* file;
    size_t articles, toponyms;
  } cases[] = {{"geowebnews_shared.xml", 114, 822},
               {"lgl_shared.xml", 352, 2721},
               {"trnews_shared.xml", 71, 837},
               {"geovirus_shared.xml", 137, 1302}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    std::vector<GeoArticle> articles;
    ASSERT_TRUE(LoadGeoGold(DataDir() + "/geoparsing_news/" + c.file, &articles).ok());
    size_t toponyms = 0;
    for (const GeoArticle& a : articles) toponyms += a.toponyms.size();
    EXPECT_EQ(articles.size(), c.articles);
    EXPECT_EQ(toponyms, c.toponyms);
  }
}

TEST(GeoGold, ReadsEachFormatAndDropsNonLiteralOrUnplacedToponyms) {
  const std::string path = ::testing::TempDir() + "/geo_gold_test.xml";
  testing::WriteFile(path, R"(<articles>
<article><link>https://www.nola.com/news/a.html</link><text>Paris and Lyon &amp; Nice.</text><toponyms>
  <toponym><start>0</start><end>5</end><type>Literal</type><geonamesID>2988507</geonamesID><latitude>48.85</latitude><longitude>2.35</longitude></toponym>
  <toponym><start>10</start><end>14</end><type>Metonymic</type><latitude>45.7</latitude><longitude>4.8</longitude></toponym>
  <toponym><start>17</start><end>21</end><type>Literal</type><latitude></latitude><longitude>7.2</longitude></toponym>
</toponyms></article>
<article><url> http://www.parispi.net/x </url><text>Rome.</text><toponyms><toponym><start>0</start><end>4</end>
  <gaztag geonameid="3169070"><lat>41.89</lat><lon>12.48</lon></gaztag></toponym></toponyms></article>
<article><text>  </text><locations><location><start>0</start><end>1</end><lat>1</lat><lon>2</lon></location></locations></article>
<article><source>http://en.wikinews.org/wiki/Oslo</source><text>Oslo.</text><locations><location><start>0</start><end>4</end><lat>59.9</lat><lon>10.7</lon></location></locations></article>
</articles>)");
  std::vector<GeoArticle> articles;
  ASSERT_TRUE(LoadGeoGold(path, &articles).ok());
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].text, "Paris and Lyon & Nice.");
  ASSERT_EQ(articles[0].toponyms.size(), 1u);
  EXPECT_EQ(articles[0].toponyms[0].end, 5u);
  EXPECT_DOUBLE_EQ(articles[0].toponyms[0].lat, 48.85);
  ASSERT_EQ(articles[1].toponyms.size(), 1u);
  EXPECT_DOUBLE_EQ(articles[1].toponyms[0].lon, 12.48);
  EXPECT_EQ(articles[2].text, "Oslo.");
  // The gold place's GeoNames id: GeoWebNews' <geonamesID>, LGL's <gaztag geonameid>;
  // GeoVirus names none.
  EXPECT_EQ(articles[0].toponyms[0].geonames_id, 2988507);
  EXPECT_EQ(articles[1].toponyms[0].geonames_id, 3169070);
  EXPECT_EQ(articles[2].toponyms[0].geonames_id, 0);
  // Each format's URL, trimmed: GeoWebNews' <link>, LGL's <url>, GeoVirus' <source>.
  EXPECT_EQ(articles[0].url, "https://www.nola.com/news/a.html");
  EXPECT_EQ(articles[1].url, "http://www.parispi.net/x");
  EXPECT_EQ(articles[2].url, "http://en.wikinews.org/wiki/Oslo");
}

TEST(GeoGold, NamesTheFileAndArticleOfBadInput) {
  std::vector<GeoArticle> articles;
  EXPECT_EQ(LoadGeoGold("/nonexistent/gold.xml", &articles).code(), Status::Code::kNotFound);
  const std::string path = ::testing::TempDir() + "/geo_gold_bad.xml";
  testing::WriteFile(path, "<articles><article><text>A</text><toponyms><toponym><start>x</start>"
                           "<end>1</end><lat>1</lat><lon>2</lon></toponym></toponyms></article></articles>");
  const Status s = LoadGeoGold(path, &articles);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find(path + ": article 0"), std::string::npos) << s.ToString();
  testing::WriteFile(path, "<articles><article>");
  EXPECT_EQ(LoadGeoGold(path, &articles).code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace lede::eval
