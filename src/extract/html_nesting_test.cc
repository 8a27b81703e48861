#include "extract/html_nesting.h"

#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

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

}  // namespace
}  // namespace lede
