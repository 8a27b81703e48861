#include "extract/html_prefilter.h"

#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

bool LimitNesting(std::string_view html, uint32_t max_depth, std::string* out) {
  return PrefilterHtml(html, {.max_depth = max_depth, .drop_unread = false}, out);
}

bool DropCode(std::string_view html, std::string* out) {
  return PrefilterHtml(html, {.max_depth = 0, .drop_unread = true}, out);
}

TEST(LimitNestingTest, LeavesShallowDocumentsAlone) {
  std::string out = "untouched";
  EXPECT_FALSE(LimitNesting("<div><div><p>a<p>b</div></div>", 2, &out));
  EXPECT_EQ(out, "untouched");
  EXPECT_FALSE(LimitNesting("<div><div><div>x", 0, &out));  // 0 = no limit
}

TEST(LimitNestingTest, DropsTagsPastTheLimitAndKeepsTheirText) {
  std::string out;
  ASSERT_TRUE(LimitNesting("<div><span><b>x</b></span>y</div>", 1, &out));
  EXPECT_EQ(out, "<div>xy</div>");
}

TEST(LimitNestingTest, VoidAndOptionalEndTagsDoNotCount) {
  std::string out;
  EXPECT_FALSE(LimitNesting("<div><br><img src=x><p>a<p>b<li>c<li>d<hr></div>", 1, &out));
}

TEST(LimitNestingTest, KnowsNamesInAnyCaseAndNothingLikeThem) {
  std::string out;
  EXPECT_FALSE(LimitNesting("<DIV><P>a<Li>b<TBODY><ColGroup><BR></DIV>", 1, &out));
  // "p" followed by a NUL, "lis", "plaintexts": other names, counted.
  // (Past the limit, the next end tag closes the dropped element, whatever its name.)
  ASSERT_TRUE(LimitNesting(std::string("<div><p\0>a</div>", 16), 1, &out));
  EXPECT_EQ(out, "<div>a");
  ASSERT_TRUE(LimitNesting("<div><lis>a</lis><plaintexts>b</div>", 1, &out));
  EXPECT_EQ(out, "<div>ab");
  // Raw text in any case: markup inside it is text.
  EXPECT_FALSE(LimitNesting("<div><TextArea><div><div></textarea></div>", 1, &out));
  // PLAINTEXT: the rest is text.
  EXPECT_FALSE(LimitNesting("<div><PlainText><div><div>", 1, &out));
}

TEST(LimitNestingTest, IgnoresTagsInCommentsScriptsAndAttributes) {
  std::string out;
  EXPECT_FALSE(LimitNesting("<div><!-- <div><div> --><script>'<div><div>'</script>"
                            "<a title='<div><div>' href=\"x>\">l</a></div>",
                            2, &out));
  EXPECT_TRUE(LimitNesting("<div><a title='x>'><b>t</b></a></div>", 2, &out));
  EXPECT_EQ(out, "<div><a title='x>'>t</a></div>");
}

TEST(LimitNestingTest, UnclosedElementsAreCapped) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<font>";
  html += "end";
  std::string out;
  ASSERT_TRUE(LimitNesting(html, 10, &out));
  std::string expected;
  for (int i = 0; i < 10; ++i) expected += "<font>";
  EXPECT_EQ(out, expected + "end");
}

TEST(DropCodeTest, EmptiesStylesAndScriptsButJsonLd) {
  std::string out;
  ASSERT_TRUE(DropCode("<head><style>p { color: red }</style>"
                       "<script type=\"application/ld+json\">{\"a\": 1}</script>"
                       "<SCRIPT type=module>var a = '<p>';</SCRIPT ></head><p>text</p>",
                       &out));
  EXPECT_EQ(out, "<head><style></style><script type=\"application/ld+json\">{\"a\": 1}</script>"
                 "<SCRIPT type=module></SCRIPT ></head><p>text</p>");
}

TEST(DropCodeTest, EndsScriptsWhereHtmlEndsThem) {
  std::string out;
  // An escaped script may hold "</script>" that does not end it.
  ASSERT_TRUE(DropCode("<script><!-- document.write('<SCRIPT src=x></script >') --></script><p>a</p>",
                       &out));
  EXPECT_EQ(out, "<script></script><p>a</p>");
  // In the escaped part (not double-escaped) "</script" ends it; "-->" ends the escape.
  ASSERT_TRUE(DropCode("<script>a<!-- b </script> c --></script>", &out));
  EXPECT_EQ(out, "<script></script> c --></script>");
  ASSERT_TRUE(DropCode("<script><!-- <script> --> '</script>'</script>x", &out));
  EXPECT_EQ(out, "<script></script>'</script>x");
  ASSERT_TRUE(DropCode("<script><!--> <script> </script>x", &out));
  EXPECT_EQ(out, "<script></script>x");
  // "<scripts" starts no double-escaped part; "</scripts" is no end tag.
  ASSERT_TRUE(DropCode("<script><!-- <scripts> </scripts> </script>x", &out));
  EXPECT_EQ(out, "<script></script>x");
  // Unterminated: the rest of the page is script either way.
  EXPECT_FALSE(DropCode("<p>a</p><script>var x = 1;", &out));
  EXPECT_FALSE(DropCode("<script><!-- <script></script> --", &out));
  // "</scripts" is no end tag; the real one comes later.
  ASSERT_TRUE(DropCode("<script>a = '</scripts>';</script><p>b</p>", &out));
  EXPECT_EQ(out, "<script></script><p>b</p>");
}

TEST(DropCodeTest, LeavesOtherRawTextAlone) {
  std::string out;
  EXPECT_FALSE(DropCode("<title>a <style> b</title><textarea><script>x</script></textarea><p>d</p>",
                        &out));
}

TEST(DropCodeTest, DropsComments) {
  std::string out;
  ASSERT_TRUE(DropCode("<p>a<!-- <style>c</style> -->b</p><!--x", &out));
  EXPECT_EQ(out, "<p>ab</p><!--x");  // an unterminated comment is the rest of the page
}

TEST(DropCodeTest, ShortensRunsOfSpacesInTextOnly) {
  std::string out;
  ASSERT_TRUE(DropCode("<div>\n  <p>a  b \t c</p>\r\n\r\n<b>x</b> <i>y</i>\n\n</div>", &out));
  EXPECT_EQ(out, "<div>\n<p>a b c</p>\r<b>x</b> <i>y</i>\n</div>");
  // Attribute values, raw text and preformatted text keep their spaces.
  EXPECT_FALSE(DropCode("<p class='a  b'>x</p><textarea>a  b</textarea><title>a  b</title>", &out));
  ASSERT_TRUE(DropCode("<PRE>a  b<pre>c  d</pre>e  f</Pre>g  h<listing>i  j</listing>", &out));
  EXPECT_EQ(out, "<PRE>a  b<pre>c  d</pre>e  f</Pre>g h<listing>i  j</listing>");
}

TEST(DropCodeTest, KeepsOnlyTheAttributesExtractionReads) {
  std::string out;
  ASSERT_TRUE(DropCode("<div class=a data-x=\"1 > 2\" id=b><img src=i.jpg srcset='i2.jpg 2x' SIZES=50vw"
                       " onclick=\"go('>')\" alt=x ITEMPROP=image><a HREF=/ data-y title='t'>t</a></div>",
                       &out));
  EXPECT_EQ(out, "<div class=a  id=b><img      ITEMPROP=image><a HREF=/  >t</a></div>");
  // A value quoted right before the next name; a value with '>' in quotes.
  ASSERT_TRUE(DropCode("<p title=\"t\"data-x=\"1\"id=b data-z='a>b'>x</p>", &out));
  EXPECT_EQ(out, "<p id=b >x</p>");
  // Look-alikes in values, names that only start alike, unterminated tags.
  EXPECT_FALSE(DropCode("<p class=\"data-x=1 onclick=y\" role=x>x</p>", &out));
  ASSERT_TRUE(DropCode("<p classes=1 ids=2 id>x</p>", &out));
  EXPECT_EQ(out, "<p   id>x</p>");
  EXPECT_FALSE(DropCode("<p class=a data-x=\"1>x", &out));
  EXPECT_FALSE(LimitNesting("<p data-x=1>x</p>", 0, &out));
  // Attributes that change how the tree builder nests elements stay.
  EXPECT_FALSE(DropCode("<svg><font color=red face=x size=2>a</font></svg>", &out));
}

TEST(DropCodeTest, EmptiesInlineDrawings) {
  std::string out;
  ASSERT_TRUE(DropCode("<h2>Share <svg class=i><title>icon</title><path d='M0 0'/></svg>"
                       "</h2><svg/><p>x</p>",
                       &out));
  EXPECT_EQ(out, "<h2>Share <svg class=i></svg></h2><svg/><p>x</p>");
}

TEST(DropCodeTest, KeepsDrawingsThatHtmlBreaksOutOf) {
  std::string out;
  // A <p> inside <svg> ends the drawing: its text is page text.
  EXPECT_FALSE(DropCode("<svg><g><P>text</P></g></svg>", &out));
  EXPECT_FALSE(DropCode("<svg><path/>", &out));  // unterminated
  // Nested: the outer drawing is kept whole, the inner one emptied.
  ASSERT_TRUE(DropCode("<svg><svg><path/></svg><path/></svg>", &out));
  EXPECT_EQ(out, "<svg><svg></svg><path/></svg>");
}

TEST(PrefilterTest, CapsNestingAndDropsCodeInOnePass) {
  std::string out;
  ASSERT_TRUE(PrefilterHtml("<div><span><style>s</style><b>x</b></span></div>",
                            {.max_depth = 1, .drop_unread = true}, &out));
  EXPECT_EQ(out, "<div><style></style>x</div>");
}

}  // namespace
}  // namespace lede
