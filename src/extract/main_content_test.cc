#include "extract/main_content.h"

#include <filesystem>
#include <fstream>
#include <random>
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

TEST(MainContentTest, TheHeadlineRepeatedInTheBodyIsLeftOut) {
  std::string html =
      "<article>" + P(kParagraph) + "<h1>Port strike ends</h1>" + P(kParagraph) + "</article>";
  MainContent out;
  ASSERT_TRUE(Extract(html, &out).ok());
  EXPECT_NE(out.text.find("\n\nPort strike ends\n\n"), std::string::npos);
  MainContentOptions options;
  options.headline = "Port strike ends";
  ASSERT_TRUE(Extract(html, &out, options).ok());
  EXPECT_EQ(out.text, std::string(kParagraph) + "\n\n" + kParagraph);
}

// Every result is consistent: spans inside the text, separated by blank lines.
void ExpectWellFormed(const MainContent& out) {
  uint32_t last_end = 0;
  for (size_t i = 0; i < out.paragraphs.size(); ++i) {
    const Span& s = out.paragraphs[i];
    ASSERT_LE(s.end, out.text.size());
    ASSERT_LT(s.start, s.end);
    if (i > 0) { ASSERT_EQ(out.text.substr(last_end, s.start - last_end), "\n\n"); }
    last_end = s.end;
  }
  ASSERT_EQ(last_end, out.text.size());
}

TEST(MainContentTest, HostileInputsGiveWellFormedResults) {
  HtmlDom dom;
  MainContent out;
  std::mt19937 rng(7);
  using namespace std::string_literals;
  const std::string alphabet = "<p>div</a href=x> text, more. \0\xff\xe2\x80\x94"s;  // NUL included
  for (int round = 0; round < 100; ++round) {
    std::string html(1 + rng() % 3000, ' ');
    for (char& c : html) c = alphabet[rng() % alphabet.size()];
    ASSERT_TRUE(dom.Parse(html).ok());
    Status s = ExtractMainContent(dom, {}, &out);
    ASSERT_TRUE(s.ok() || s.code() == Status::Code::kEmpty) << s.ToString();
    ExpectWellFormed(out);
  }
  namespace fs = std::filesystem;
  fs::path dir = fs::path(LEDE_SHARED_DIR) / "data/html5lib-tests/tree-construction";
  if (!fs::exists(dir)) return;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line, data;
    bool in_data = false;
    while (std::getline(in, line)) {
      if (line == "#data") {
        data.clear();
        in_data = true;
      } else if (in_data && !line.empty() && line[0] == '#') {
        in_data = false;
        ASSERT_TRUE(dom.Parse(data).ok());
        ExtractMainContent(dom, {}, &out);
        ExpectWellFormed(out);
      } else if (in_data) {
        data += line + "\n";
      }
    }
  }
}

}  // namespace
}  // namespace lede
