#include "extract/text_serializer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lede {
namespace {

std::string Serialize(const std::string& html, std::vector<Span>* spans = nullptr) {
  HtmlDom dom;
  EXPECT_TRUE(dom.Parse(html).ok());
  NodeId body = dom.FindFirst(Tag::kBody);
  auto blocks = CollectBlocks(dom, body, [&](NodeId id) { return dom.tag(id) != Tag::kScript; });
  std::string text;
  std::vector<Span> local;
  SerializeBlocks(blocks, &text, spans ? spans : &local);
  return text;
}

struct Case {
  const char* name;
  const char* html;
  const char* text;
};

TEST(TextSerializerTest, Table) {
  const Case cases[] = {
      {"inline tags add no spaces", "<p>Mo<b>rocco</b>’s <a href=x>anti</a>-terror</p>",
       "Morocco’s anti-terror"},
      {"whitespace between inline tags is kept", "<p><b>one</b> <i>two</i>\n<span>three</span></p>",
       "one two three"},
      {"whitespace collapses", "<p>  a \n\t b&nbsp;&nbsp;c  </p>", "a b c"},
      {"blocks become paragraphs", "<div>first<p>second</p>third</div>", "first\n\nsecond\n\nthird"},
      {"br is a line break", "<p>line one<br>line two</p>", "line one\nline two"},
      {"list items", "<ul><li>apples</li><li>pears</li></ul>", "apples\n\npears"},
      {"table rows with cells", "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>",
       "a | b\n\nc"},
      {"pre keeps whitespace", "<pre>x  =  1\n  y</pre>", "x  =  1\n  y"},
      {"detached drop cap joins", "<div class=dropcap>T</div><p>he head of the bureau</p>",
       "The head of the bureau"},
      {"single-letter paragraph before a capital stays", "<p>A</p><p>Second</p>", "A\n\nSecond"},
      {"skipped subtrees", "<p>kept<script>var x;</script></p>", "kept"},
  };
  for (const Case& c : cases) EXPECT_EQ(Serialize(c.html), c.text) << c.name;
}

TEST(TextSerializerTest, SpansCoverParagraphs) {
  std::vector<Span> spans;
  std::string text = Serialize("<h2>Title</h2><p>Body <b>text</b>.</p><blockquote>Q</blockquote>", &spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].size()), "Title");
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "Body text.");
  EXPECT_EQ(text.substr(spans[2].start, spans[2].size()), "Q");
}

TEST(TextSerializerTest, BlockKinds) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<h3>H</h3><p>P</p><ul><li>L</li></ul><blockquote><p>Q</p></blockquote>"
                        "<table><tr><td>R</td></tr></table><pre>C</pre>").ok());
  auto blocks = CollectBlocks(dom, dom.FindFirst(Tag::kBody), [](NodeId) { return true; });
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[3].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[4].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[5].kind, BlockKind::kPreformatted);
}

}  // namespace
}  // namespace lede
