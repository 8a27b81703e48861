#include "extract/page_signals.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::Pair;

PageSignals Collect(const std::string& html) {
  HtmlDom dom;
  EXPECT_TRUE(dom.Parse(html).ok());
  return CollectPageSignals(dom);
}

TEST(CollectPageSignalsTest, HeadMarkup) {
  PageSignals s = Collect(R"(<html><head><title> A  title </title>
    <meta property="og:title" content="OG title">
    <meta name="Author" content="Jane Doe">
    <meta itemprop="datePublished" content="2021-01-02">
    <link rel="canonical" href="https://x.org/a">
    <script type="application/ld+json">{"@type": "NewsArticle"}</script>
    <script>var notText = 1;</script><style>.x{}</style>
    </head><body><h1>Head <b>line</b></h1><p>Body words.</p></body></html>)");
  EXPECT_EQ(s.title, "A title");
  EXPECT_THAT(s.headings, ElementsAre("Head line"));
  EXPECT_THAT(s.meta, ElementsAre(Pair("og:title", "OG title"), Pair("author", "Jane Doe"),
                                  Pair("datepublished", "2021-01-02")));
  EXPECT_EQ(FirstMeta(s, {"missing", "author"}), "Jane Doe");
  EXPECT_EQ(s.canonical, "https://x.org/a");
  EXPECT_THAT(s.json_ld, ElementsAre(R"({"@type": "NewsArticle"})"));
  EXPECT_THAT(s.page_text, HasSubstr("Body words."));
  EXPECT_THAT(s.page_text, Not(HasSubstr("notText")));
  EXPECT_THAT(s.page_text, Not(HasSubstr("A title")));  // <head> is not page text
}

TEST(CollectPageSignalsTest, TimesBylinesAndDates) {
  PageSignals s = Collect(R"(<body>
    <div class="post-byline">By <a href="/author/jane-doe/">Jane Doe</a> and
      <a rel="author" href="https://x.org/~roe">John Roe</a></div>
    <img class="author-avatar" alt="">
    <span class="author-bio">Jane writes about storms and other weather.</span>
    <time class="entry-date published" datetime="2020-05-04T10:00:00Z">May 4</time>
    <time datetime="2020-05-06">May 6</time>
    <span class="post-date">4 May 2020</span>
    <span class="updated-date">6 May 2020</span>
    <span itemprop="author">Jane Doe</span>
    </body>)");
  ASSERT_EQ(s.bylines.size(), 1u);  // the avatar and the bio are not bylines
  EXPECT_EQ(s.bylines[0].text, "By Jane Doe and John Roe");
  EXPECT_THAT(s.bylines[0].links, ElementsAre("Jane Doe", "John Roe"));
  EXPECT_THAT(s.published_times, ElementsAre("2020-05-04T10:00:00Z"));
  EXPECT_THAT(s.other_times, ElementsAre("2020-05-06"));
  EXPECT_THAT(s.date_texts, ElementsAre("4 May 2020"));
  EXPECT_THAT(s.meta, ElementsAre(Pair("author", "Jane Doe")));
}

TEST(CollectPageSignalsTest, LimitsAreOptions) {
  PageSignalsOptions options;
  options.max_headings = 1;
  options.max_page_text_bytes = 5;
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<body><h1>One</h1><h1>Two</h1><p>Long body text</p></body>").ok());
  PageSignals s = CollectPageSignals(dom, options);
  EXPECT_THAT(s.headings, ElementsAre("One"));
  EXPECT_LE(s.page_text.size(), 6u);
}

TEST(CollectPageSignalsTest, EmptyDom) {
  HtmlDom dom;
  PageSignals s = CollectPageSignals(dom);
  EXPECT_TRUE(s.title.empty());
  EXPECT_THAT(s.meta, IsEmpty());
}

}  // namespace
}  // namespace lede
