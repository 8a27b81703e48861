#include "extract/boilerplate_rules.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(BoilerplateRulesTest, ClassNames) {
  struct Case {
    const char* names;
    NodeRole role;
  } cases[] = {
      {"share-bar", NodeRole::kBoilerplate},
      {"socialShare", NodeRole::kBoilerplate},
      {"comments-area", NodeRole::kBoilerplate},
      {"c-newsletter_signup", NodeRole::kBoilerplate},
      {"cookie-consent-banner", NodeRole::kNeverText},
      {"related-articles", NodeRole::kBoilerplate},
      {"wp-caption-text", NodeRole::kBoilerplate},
      {"ad-slot", NodeRole::kBoilerplate},
      {"post-nav-links", NodeRole::kBoilerplate},
      {"article-body", NodeRole::kContentHint},
      {"entry-content clearfix", NodeRole::kContentHint},
      {"StoryBodyCompanionColumn", NodeRole::kContentHint},
      {"commentary", NodeRole::kNeutral},
      {"has-sidebar", NodeRole::kNeutral},
      {"Cheat__content-and-sidebar", NodeRole::kNeutral},
      {"field field--name-body field--label-hidden", NodeRole::kContentHint},
      {"no-comments", NodeRole::kNeutral},
      {"header-image", NodeRole::kBoilerplate},
      {"breaking-news", NodeRole::kBoilerplate},
      {"news-ticker", NodeRole::kBoilerplate},
      {"cookie-notice", NodeRole::kNeverText},
      {"ot-sdk-container onetrust-consent", NodeRole::kNeverText},
      {"article-body cookie-x", NodeRole::kContentHint},
      {"caas filterNonGdprEmbeds", NodeRole::kNeutral},
      {"shadow loaded", NodeRole::kNeutral},
      {"reader", NodeRole::kNeutral},
      {"", NodeRole::kNeutral},
  };
  for (const Case& c : cases) EXPECT_EQ(ClassifyNames(c.names), c.role) << c.names;
}

TEST(BoilerplateRulesTest, FurnitureLabels) {
  EXPECT_TRUE(IsFurnitureLabel("Advertisement"));
  EXPECT_TRUE(IsFurnitureLabel("  — ADVERTISEMENT — "));
  EXPECT_TRUE(IsFurnitureLabel("Read next:"));
  EXPECT_TRUE(IsFurnitureLabel("Anzeige"));
  EXPECT_FALSE(IsFurnitureLabel("Advertisement revenue fell by a third in the quarter."));
  EXPECT_FALSE(IsFurnitureLabel("Related work"));
  EXPECT_FALSE(IsFurnitureLabel(""));
}

TEST(BoilerplateRulesTest, Elements) {
  HtmlDom dom;
  ASSERT_TRUE(dom.Parse("<body class='menu-open'><nav>n</nav><div role=navigation>r</div>"
                        "<div style='display: none'>h</div><p hidden>h2</p><div itemprop=articleBody>"
                        "<p>x</p></div><script>s</script><div class='share'>s</div>"
                        "<article class='tag-news'>a</article></body>").ok());
  auto role_of = [&](Tag tag, int nth = 0) {
    for (NodeId i = 0; i < dom.size(); ++i) {
      if (dom.IsElement(i) && dom.tag(i) == tag && nth-- == 0) return ClassifyElement(dom, i);
    }
    return NodeRole::kNeutral;
  };
  EXPECT_EQ(role_of(Tag::kBody), NodeRole::kNeutral);  // page descriptors are not furniture
  EXPECT_EQ(role_of(Tag::kNav), NodeRole::kBoilerplate);
  EXPECT_EQ(role_of(Tag::kDiv, 0), NodeRole::kBoilerplate);
  EXPECT_EQ(role_of(Tag::kDiv, 1), NodeRole::kNeverText);
  EXPECT_EQ(role_of(Tag::kP, 0), NodeRole::kNeverText);
  EXPECT_EQ(role_of(Tag::kDiv, 2), NodeRole::kContentHint);
  EXPECT_EQ(role_of(Tag::kP, 1), NodeRole::kNeutral);
  EXPECT_EQ(role_of(Tag::kScript), NodeRole::kNeverText);
  EXPECT_EQ(role_of(Tag::kDiv, 3), NodeRole::kBoilerplate);
  EXPECT_EQ(role_of(Tag::kArticle), NodeRole::kNeutral);
}

}  // namespace
}  // namespace lede
