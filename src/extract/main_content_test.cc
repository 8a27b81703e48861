#include "extract/main_content.h"

#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

const char kParagraph[] =
    "The minister said on Tuesday that the new rules, which take effect next month, would "
    "apply to every port in the country, including the smaller ones in the north.";

std::string P(const std::string& text) { return "<p>" + text + "</p>"; }

Status Extract(const std::string& html, MainContent* out, MainContentOptions options = {}) {
  HtmlDom dom;
  EXPECT_TRUE(dom.Parse(html).ok());
  return ExtractMainContent(dom, options, out);
}

TEST(MainContentTest, EmptyPagesAreEmpty) {
  MainContent out;
  EXPECT_EQ(Extract("", &out).code(), Status::Code::kEmpty);
  EXPECT_EQ(Extract("<nav><a href=/>Home</a> <a href=/w>World</a></nav>", &out).code(),
            Status::Code::kEmpty);
  EXPECT_EQ(Extract("<script>var a = 'long text, with commas, and more';</script>", &out).code(),
            Status::Code::kEmpty);
  EXPECT_TRUE(out.text.empty());
}

TEST(MainContentTest, PicksTheTextContainerOverNavigation) {
  std::string html = "<body><ul class=menu><li><a href=/a>News</a></li><li><a href=/b>Sport</a>"
                     "</li></ul><div id=story>" + P(kParagraph) + P(kParagraph) +
                     "</div><div class=footer-links><a href=/c>Contact us</a></div></body>";
  MainContent out;
  ASSERT_TRUE(Extract(html, &out).ok());
  EXPECT_EQ(out.text, std::string(kParagraph) + "\n\n" + kParagraph);
  ASSERT_EQ(out.paragraphs.size(), 2u);
  EXPECT_EQ(out.paragraphs[1].start, sizeof(kParagraph) - 1 + 2);
}

TEST(MainContentTest, FurnitureNamedWrapperHoldingThePageIsNotFurniture) {
  std::string html = "<body><div id=__next><div class=story>" + P(kParagraph) + P("Second one, "
                     "with more words than a label.") + "</div></div></body>";
  MainContent out;
  ASSERT_TRUE(Extract(html, &out).ok());
  EXPECT_NE(out.text.find("Second one"), std::string::npos);
}

TEST(MainContentTest, BodyMarksExcludeTextOutsideThem) {
  std::string html = "<body><div><h1>Headline</h1><p class=standfirst>Outside the marked body, "
                     "which is left out.</p><div itemprop=articleBody>" + P(kParagraph) +
                     "</div></div></body>";
  MainContent out;
  ASSERT_TRUE(Extract(html, &out).ok());
  EXPECT_EQ(out.text, kParagraph);
  MainContentOptions untrusting;
  untrusting.min_hint_share = 1.1;
  ASSERT_TRUE(Extract(html, &out, untrusting).ok());
  EXPECT_NE(out.text.find("Outside the marked body"), std::string::npos);
}

TEST(MainContentTest, LinkDenseBlocksInsideTheArticleAreDropped) {
  std::string html = "<article>" + P(kParagraph) + "<p><a href=/x>Read more: another story "
                     "entirely</a></p>" + P(kParagraph) + "</article>";
  MainContent out;
  ASSERT_TRUE(Extract(html, &out).ok());
  EXPECT_EQ(out.text.find("Read more"), std::string::npos);
  MainContentOptions lax;
  lax.max_link_density = 1.0;
  ASSERT_TRUE(Extract(html, &out, lax).ok());
  EXPECT_NE(out.text.find("Read more"), std::string::npos);
}

}  // namespace
}  // namespace lede
