#include "extract/metadata.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Record At(const std::string& uri) {
  Record record;
  record.uri = uri;
  record.fetched_at = "2024-06-30T00:00:00Z";
  return record;
}

TEST(DecideMetadataTest, ModifiedDatesAreNeverThePublicationDate) {
  PageSignals s;
  s.meta = {{"article:modified_time", "2023-05-06"}, {"og:updated_time", "2023-05-07"},
            {"datemodified", "2023-05-08"}};
  Article a;
  DecideMetadata(s, At("https://x.org/news/storm"), &a);
  EXPECT_EQ(a.published, "");
}

TEST(DecideMetadataTest, DateSourcesInOrder) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> meta;
    std::vector<std::string> json_ld;
    std::string url;
    std::vector<std::string> date_texts;
    std::string page_text;
    std::string want;
  };
  const Case cases[] = {
      {{{"article:published_time", "2023-01-02"}},
       {R"({"@type": "NewsArticle", "datePublished": "2023-01-03"})"},
       "https://x.org/a",
       {},
       "",
       "2023-01-03"},  // JSON-LD first
      {{{"dc.date", "2023-01-02"}, {"article:published_time", "2023-01-04"}},
       {},
       "https://x.org/a",
       {},
       "",
       "2023-01-04"},  // the more specific key wins whatever the order on the page
      {{{"article:published_time", "2023-01-04"}}, {}, "https://x.org/2023/01/02/a", {}, "",
       "2023-01-02"},  // an earlier URL date
      {{{"article:published_time", "2023-01-04"}}, {}, "https://x.org/2023/01/09/a", {}, "",
       "2023-01-04"},  // a later URL date does not win
      {{}, {}, "https://x.org/a", {"Posted 5 March 2023"}, "On 7 March 2023 it rained.",
       "2023-03-05"},
      {{}, {}, "https://x.org/a", {}, "Menu\nOn 7 March 2023 it rained.", "2023-03-07"},
      {{{"article:published_time", "2031-01-01"}}, {}, "https://x.org/a", {}, "", ""},
      {{{"date", "2023-04-30"}}, {}, "https://x.org/a", {"29.04.2023, 12:01 Uhr"}, "",
       "2023-04-29"},  // a generic "date" meta is often the last change
      {{{"dc.date", "2023-04-30"}}, {}, "https://x.org/a", {}, "", "2023-04-30"},
  };
  for (const Case& c : cases) {
    PageSignals s;
    s.meta = c.meta;
    s.json_ld = c.json_ld;
    s.date_texts = c.date_texts;
    s.page_text = c.page_text;
    Article a;
    DecideMetadata(s, At(c.url), &a);
    EXPECT_EQ(a.published.substr(0, 10), c.want) << c.url << " " << c.page_text;
  }
}

TEST(DecideMetadataTest, AuthorsBySourceAndNeverTheSite) {
  PageSignals s;
  s.meta = {{"og:site_name", "Bleacher Report"}, {"author", "https://x.org/staff/jw"}};
  s.bylines = {{"Jonathan Wasserman, Bleacher Report", {}},
               {"Sidebar Person and Other Person", {}}};
  Article a;
  DecideMetadata(s, At("https://bleacherreport.com/a"), &a);
  EXPECT_THAT(a.authors, ElementsAre("Jonathan Wasserman"));  // first byline only

  s.bylines = {{"By Jane Doe and John Roe, Staff", {"Jane Doe", "John Roe"}}};
  s.json_ld = {R"({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}})"};
  Article b;
  DecideMetadata(s, At("https://x.org/a"), &b);
  EXPECT_THAT(b.authors, ElementsAre("Ann Lee"));

  s.json_ld.clear();
  Article c;
  DecideMetadata(s, At("https://x.org/a"), &c);
  EXPECT_THAT(c.authors, ElementsAre("Jane Doe", "John Roe"));
}

TEST(DecideMetadataTest, TitleSiteCanonicalSectionDescription) {
  PageSignals s;
  s.title = "Storm hits coast | The Daily Example";
  s.headings = {"Menu", "Storm hits coast"};
  s.meta = {{"og:site_name", "The Daily Example"}, {"og:description", "Wind and rain."},
            {"og:url", "https://example.com/ignored"}};
  s.canonical = "/news/storm";
  s.json_ld = {R"({"@type": "BreadcrumbList", "itemListElement": [
      {"position": 1, "name": "Home"}, {"position": 2, "name": "Weather"},
      {"position": 3, "name": "Storm hits coast"}]})"};
  Article a;
  DecideMetadata(s, At("https://example.com/a/b?c=1"), &a);
  EXPECT_EQ(a.title, "Storm hits coast");
  EXPECT_EQ(a.site_name, "The Daily Example");
  EXPECT_EQ(a.canonical_url, "https://example.com/news/storm");
  EXPECT_EQ(a.section, "Weather");
  EXPECT_EQ(a.description, "Wind and rain.");
}

TEST(DecideMetadataTest, FieldsAlreadySetAreKept) {
  PageSignals s;
  s.title = "Page title";
  s.meta = {{"article:published_time", "2023-01-04"}};
  Article a;
  a.title = "From the container";
  a.published = "2020-02-02";
  DecideMetadata(s, At("https://x.org/a"), &a);
  EXPECT_EQ(a.title, "From the container");
  EXPECT_EQ(a.published, "2020-02-02");
  EXPECT_THAT(a.authors, IsEmpty());
}

TEST(ExtractDatelineTest, FromTheFirstParagraphs) {
  Article a;
  a.text = "Short heading\n\nBEIRUT, Lebanon (AP) — Israeli strikes hit the south on Monday, officials said.";
  a.paragraphs = {{0, 13}, {15, static_cast<uint32_t>(a.text.size())}};
  ExtractDateline(&a);
  EXPECT_EQ(a.dateline, "Beirut");
}

}  // namespace
}  // namespace lede
