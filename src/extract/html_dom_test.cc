#include "extract/html_dom.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

// The first element named `name`, or kNoNode.
NodeId FindByName(const HtmlDom& dom, std::string_view name) {
  for (NodeId i = 0; i < dom.size(); ++i) {
    if (dom.IsElement(i) && dom.Name(i) == name) return i;
  }
  return kNoNode;
}

TEST(HtmlDomTest, BuildsTreeInDocumentOrder) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<title>T</title><p class='lead' id=x>Hello <b>bold</b> world</p>").ok());
  ASSERT_EQ(dom.root(), 0u);
  EXPECT_EQ(dom.tag(0), Tag::kHtml);
  EXPECT_EQ(dom.Depth(0), 0u);
  NodeId p = dom.FindFirst(Tag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(dom.Name(p), "p");
  EXPECT_EQ(dom.tag(dom.Parent(p)), Tag::kBody);
  EXPECT_EQ(dom.Attr(p, "class"), "lead");
  bool found = false;
  EXPECT_EQ(dom.Attr(p, "id", &found), "x");
  EXPECT_TRUE(found);
  dom.Attr(p, "style", &found);
  EXPECT_FALSE(found);
  ASSERT_EQ(dom.AttrCount(p), 2u);
  EXPECT_EQ(dom.AttrName(p, 1), "id");

  NodeId first = dom.FirstChild(p);
  ASSERT_TRUE(dom.IsText(first));
  EXPECT_EQ(dom.Text(first), "Hello ");
  NodeId b = dom.NextSibling(first);
  EXPECT_EQ(dom.tag(b), Tag::kB);
  EXPECT_EQ(dom.Text(dom.NextSibling(b)), " world");
  EXPECT_EQ(dom.NextSibling(dom.NextSibling(b)), kNoNode);
  EXPECT_EQ(dom.SubtreeEnd(p), dom.NextSibling(b) + 1);
  EXPECT_TRUE(dom.Contains(p, dom.FirstChild(b)));
  EXPECT_FALSE(dom.Contains(b, p));
  EXPECT_EQ(dom.TextContent(p), "Hello bold world");
  EXPECT_EQ(dom.TextContent(dom.FindFirst(Tag::kTitle)), "T");
}

TEST(HtmlDomTest, FollowsHtml5TreeConstruction) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<table><tr><td>cell<div>fostered</div></table>"
                        "<b><p>foo</b>bar</p><!-- gone -->&copy2023").ok());
  NodeId tbody = dom.FindFirst(Tag::kTbody);
  ASSERT_NE(tbody, kNoNode);  // implicit
  NodeId p = dom.FindFirst(Tag::kP);
  EXPECT_EQ(dom.TextContent(p), "foobar");
  EXPECT_EQ(dom.tag(dom.FirstChild(p)), Tag::kB);  // adoption agency
  EXPECT_NE(dom.TextContent(dom.FindFirst(Tag::kBody)).find("bar\u00a92023"), std::string::npos);
}

TEST(HtmlDomTest, TextContentSkipsScriptsButKeepsTheirText) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<body><script type='application/ld+json'>{\"a\":1}</script>"
                        "<style>p{}</style><p>x</p></body>").ok());
  NodeId body = dom.FindFirst(Tag::kBody);
  EXPECT_EQ(dom.TextContent(body), "x");
  EXPECT_EQ(dom.TextContent(dom.FindFirst(Tag::kScript)), "{\"a\":1}");
}

TEST(HtmlDomTest, CodeIsDroppedUnlessKept) {
  const std::string_view html = "<head><style>p{}</style><script>var a;</script></head><p>x</p>";
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse(html).ok());
  NodeId style = dom.FindFirst(Tag::kStyle), script = dom.FindFirst(Tag::kScript);
  ASSERT_NE(style, kNoNode);
  ASSERT_NE(script, kNoNode);
  EXPECT_EQ(dom.TextContent(style), "");
  EXPECT_EQ(dom.TextContent(script), "");
  EXPECT_EQ(dom.TextContent(dom.FindFirst(Tag::kP)), "x");
  ASSERT_TRUE(dom.Parse(html, {.max_dom_depth = 512, .keep_unread = true}).ok());
  EXPECT_EQ(dom.TextContent(dom.FindFirst(Tag::kStyle)), "p{}");
  EXPECT_EQ(dom.TextContent(dom.FindFirst(Tag::kScript)), "var a;");
}

TEST(HtmlDomTest, UnknownAndCustomElementsKeepTheirNames) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<my-widget data-x=1>w</my-widget><svg><circle r=1 /></svg>",
                        {.max_dom_depth = 512, .keep_unread = true})
                  .ok());
  NodeId w = FindByName(dom, "my-widget");
  ASSERT_NE(w, kNoNode);
  EXPECT_EQ(dom.tag(w), Tag::kOther);
  EXPECT_EQ(dom.Attr(w, "data-x"), "1");
  EXPECT_NE(FindByName(dom, "circle"), kNoNode);
  EXPECT_EQ(dom.tag(dom.FindFirst(Tag::kSvg)), Tag::kSvg);
  ASSERT_TRUE(dom.Parse("<svg><circle r=1 /></svg>").ok());  // drawings are emptied by default
  EXPECT_EQ(FindByName(dom, "circle"), kNoNode);
  EXPECT_NE(dom.FindFirst(Tag::kSvg), kNoNode);
}

TEST(HtmlDomTest, ReparseReplacesTree) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<p>one</p>").ok());
  ASSERT_TRUE(dom.Parse("<h1>two</h1>").ok());
  EXPECT_EQ(dom.FindFirst(Tag::kP), kNoNode);
  EXPECT_EQ(dom.TextContent(0), "two");
}

TEST(HtmlDomTest, EmptyInputStillHasHtmlHeadBody) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("").ok());
  EXPECT_NE(dom.FindFirst(Tag::kHead), kNoNode);
  EXPECT_NE(dom.FindFirst(Tag::kBody), kNoNode);
}

// Checks the structural invariants every tree must keep.
void ExpectConsistent(const HtmlDom& dom, uint32_t max_depth) {
  for (NodeId i = 0; i < dom.size(); ++i) {
    ASSERT_LE(dom.SubtreeEnd(i), dom.size());
    ASSERT_GT(dom.SubtreeEnd(i), i);
    if (dom.IsElement(i)) {
      ASSERT_LE(dom.Depth(i), max_depth);
    }
    NodeId parent = dom.Parent(i);
    if (i == 0) continue;
    ASSERT_NE(parent, kNoNode);
    ASSERT_TRUE(dom.Contains(parent, i));
  }
}

TEST(HtmlDomTest, DeepNestingIsFlattened) {
  for (const char* open : {"<div>", "<span>", "<b>", "<table><tr><td>", "<ul><li>"}) {
    std::string html;
    for (int i = 0; i < 200000; ++i) html += open;
    html += "deep text";
    HtmlDomOptions options;
    options.max_dom_depth = 64;
    HtmlDom dom;
    ASSERT_TRUE(dom.Parse(html, options).ok()) << open;
    ExpectConsistent(dom, 64);
    EXPECT_NE(dom.TextContent(0).find("deep text"), std::string::npos) << open;
  }
}

TEST(HtmlDomTest, DepthLimitKeepsTextOfFlattenedElements) {
  std::string html;
  for (int i = 0; i < 50; ++i) html += "<div>" + std::to_string(i) + " ";
  HtmlDomOptions options;
  options.max_dom_depth = 10;
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse(html, options).ok());
  ExpectConsistent(dom, 10);
  std::string text = dom.TextContent(0);
  EXPECT_NE(text.find("0 1 2"), std::string::npos);
  EXPECT_NE(text.find("48 49"), std::string::npos);
}

TEST(HtmlDomTest, UnreadAttributesAreDroppedUnlessCodeIsKept) {
  HtmlDom dom;
  const std::string html = "<p class=lead data-track=\"x\" onclick=\"f()\">t</p>";
  ASSERT_TRUE(dom.Parse(html).ok());
  NodeId p = dom.FindFirst(Tag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(dom.AttrCount(p), 1u);
  EXPECT_EQ(dom.Attr(p, "class"), "lead");
  ASSERT_TRUE(dom.Parse(html, {.max_dom_depth = 512, .keep_unread = true}).ok());
  p = dom.FindFirst(Tag::kP);
  EXPECT_EQ(dom.Attr(p, "data-track"), "x");
  EXPECT_EQ(dom.Attr(p, "onclick"), "f()");
}

TEST(HtmlDomTest, ClassAndIdWithoutSearching) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<div ID=x class='a  b'><p>t</p><span class id=''>u</span></div>").ok());
  NodeId div = dom.FindFirst(Tag::kDiv), p = dom.FindFirst(Tag::kP), span = dom.FindFirst(Tag::kSpan);
  ASSERT_NE(span, kNoNode);
  for (NodeId id : {div, p, span, dom.FirstChild(p)}) {
    EXPECT_EQ(dom.ClassAttr(id), dom.Attr(id, "class")) << id;
    EXPECT_EQ(dom.IdAttr(id), dom.Attr(id, "id")) << id;
  }
  EXPECT_EQ(dom.ClassAttr(div), "a  b");
  EXPECT_EQ(dom.IdAttr(div), "x");
  EXPECT_EQ(dom.ClassAttr(p), "");
  EXPECT_EQ(dom.ClassAttr(span), "");
}

TEST(HtmlDomTest, SurvivesNulBytesAndHugeAttributes) {
  HtmlDom dom;
  std::string nul("<p title=\"a\0b\">x\0y</p><b\0>z", 28);
  ASSERT_TRUE(dom.Parse(nul).ok());
  EXPECT_NE(dom.TextContent(0).find('x'), std::string::npos);
  EXPECT_NE(dom.TextContent(0).find('z'), std::string::npos);

  std::string big = "<p class=\"" + std::string(20u << 20, 'a') + "\">after</p>";
  ASSERT_TRUE(dom.Parse(big).ok());
  NodeId p = dom.FindFirst(Tag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(dom.Attr(p, "class").size(), 20u << 20);
  EXPECT_EQ(dom.TextContent(p), "after");
}

TEST(HtmlDomTest, SurvivesRandomBytes) {
  std::mt19937 rng(42);
  HtmlDom dom;
  const std::string alphabet = "<>/=\"' abcdiv!-&#;\0\xff\xc3";
  for (int round = 0; round < 200; ++round) {
    std::string html(1 + rng() % 4000, ' ');
    for (char& c : html) c = round % 2 ? static_cast<char>(rng()) : alphabet[rng() % alphabet.size()];
    ASSERT_TRUE(dom.Parse(html).ok());
    ExpectConsistent(dom, HtmlDomOptions().max_dom_depth);
  }
}

// Every #data section of html5lib's tree-construction tests parses into a consistent tree.
TEST(HtmlDomTest, SurvivesHtml5libTreeConstructionInputs) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(LEDE_SHARED_DIR) / "data/html5lib-tests/tree-construction";
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " not found";
  int cases = 0;
  HtmlDom dom;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".dat") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line, data;
    bool in_data = false;
    auto flush = [&] {
      if (!in_data) return;
      ASSERT_TRUE(dom.Parse(data).ok()) << entry.path() << ": " << data;
      ExpectConsistent(dom, HtmlDomOptions().max_dom_depth);
      ++cases;
    };
    while (std::getline(in, line)) {
      if (line == "#data") {
        data.clear();
        in_data = true;
      } else if (in_data && line.size() > 1 && line[0] == '#') {
        flush();
        in_data = false;
      } else if (in_data) {
        if (!data.empty()) data.push_back('\n');
        data += line;
      }
    }
  }
  EXPECT_GT(cases, 1500);
}

}  // namespace
}  // namespace lede
