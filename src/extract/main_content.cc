#include "extract/main_content.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/body_hint.h"
#include "extract/boilerplate_rules.h"
#include "extract/text_serializer.h"

namespace lede {
namespace {

// Stage 1: what each node inherits from its ancestors.
struct NodeFacts {
  NodeId block = kNoNode;      // nearest block element, self included
  NodeId furniture = kNoNode;  // nearest boilerplate element, self included
  NodeId hint = kNoNode;       // nearest element marked as the article body
  bool never = false;          // inside an element that never holds body text
  bool in_link = false;        // inside <a href> (an <a name> anchor is no link)
};

// The text a block element holds itself (not in nested blocks).
struct BlockText {
  uint32_t chars = 0;       // characters other than whitespace
  uint32_t link_chars = 0;  // of which inside links
  uint32_t punctuation = 0; // sentence punctuation marks
  uint32_t words = 0;       // runs of non-whitespace (split words at tags count twice)
  uint32_t unlinked_words = 0;  // of which outside links
  bool ends_sentence = false;   // the last character is . ! or ? outside a link
};

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Adds the characters, punctuation marks and words of `text` to *block.
void CountText(std::string_view text, bool in_link, BlockText* block) {
  uint32_t chars = 0, punctuation = 0, words = 0;
  bool in_word = false;
  char last = 0;
  for (char c : text) {
    if (IsAsciiSpace(c)) in_word = false;
    if (IsAsciiSpace(c) || (static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
    if (!in_word) ++words;
    in_word = true;
    ++chars;
    last = c;
    if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') ++punctuation;
  }
  block->chars += chars;
  block->punctuation += punctuation;
  block->words += words;
  if (in_link) block->link_chars += chars;
  if (!in_link) block->unlinked_words += words;
  if (chars > 0) block->ends_sentence = !in_link && (last == '.' || last == '!' || last == '?');
}

class MainContentFinder {
 public:
  MainContentFinder(const HtmlDom& dom, const MainContentOptions& options)
      : dom_(dom), options_(options), facts_(dom.size()), text_(dom.size()) {}

  Status Run(MainContent* out) {
    FindBodyHint();
    ComputeFacts();
    hints_trusted_ = HintsTrusted();
    Extract(out);
    // A complete articleBody (not a teaser cut short) then decides, block by block.
    if (hint_ && JudgeBlocks() &&
        hint_->chars() >= options_.min_json_ld_completeness * CountChars(out->text)) {
      judged_ = true;
      hints_trusted_ = false;
      Extract(out);
    }
    if (hint_ && body_text_.find('<') == std::string::npos &&
        CountChars(out->text) < options_.min_json_ld_coverage * hint_->chars()) {
      SerializeBlocks(BlocksOfPlainText(body_text_), &out->text, &out->paragraphs);
    }
    if (out->text.empty()) return Status::Empty("no body text in the page");
    return Status::OK();
  }

 private:
  // Stages 3 to 5 with the facts, marks and verdicts as they are; paragraphs
  // that are only a furniture label ("Advertisement") or the headline go last.
  void Extract(MainContent* out) const {
    NodeId root = FindRoot();
    out->root = root;
    out->text.clear();
    out->paragraphs.clear();
    if (root == kNoNode) return;
    const NodeId next_article = NextArticleHeadline(root);
    std::vector<TextBlock> blocks = CollectBlocks(
        dom_, root, [&](NodeId id) { return id < next_article && Keep(root, id); });
    std::erase_if(blocks, [&](const TextBlock& b) {
      return IsFurnitureLabel(b.text) || (!options_.headline.empty() && b.text == options_.headline);
    });
    SerializeBlocks(blocks, &out->text, &out->paragraphs);
  }

  static uint32_t CountChars(std::string_view text) {
    BlockText t;
    CountText(text, false, &t);
    return t.chars;
  }

  void FindBodyHint() {
    if (options_.min_json_ld_body_chars == 0) return;
    body_text_ = options_.json_ld_body ? *options_.json_ld_body : FindJsonLdArticleBody(dom_);
    if (body_text_.size() < options_.min_json_ld_body_chars) return;
    hint_ = std::make_unique<BodyHint>(body_text_);
    if (hint_->chars() < options_.min_json_ld_body_chars) hint_.reset();
    if (hint_) block_strings_.resize(dom_.size());
  }

  // Judges every block against the articleBody; returns whether the confirmed
  // blocks cover enough of it for the verdicts to count.
  bool JudgeBlocks() {
    verdicts_.assign(dom_.size(), BodyHint::Verdict::kUnknown);
    double confirmed = 0;
    for (NodeId i = 0; i < dom_.size(); ++i) {
      if (block_strings_[i].empty()) continue;
      verdicts_[i] = hint_->Judge(block_strings_[i]);
      if (verdicts_[i] == BodyHint::Verdict::kConfirmed) confirmed += text_[i].chars;
    }
    return confirmed >= options_.min_json_ld_coverage * hint_->chars();
  }

  BodyHint::Verdict VerdictOf(NodeId block) const {
    return judged_ ? verdicts_[block] : BodyHint::Verdict::kUnknown;
  }

  // Stage 1. Parents come before their children in document order, so one
  // forward pass inherits; one backward pass sums subtrees.
  void ComputeFacts() {
    std::vector<NodeRole> roles(dom_.size(), NodeRole::kNeutral);
    for (NodeId i = 0; i < dom_.size(); ++i) {
      NodeId parent = dom_.Parent(i);
      NodeFacts f = parent == kNoNode ? NodeFacts{} : facts_[parent];
      if (dom_.IsText(i)) {
        if (!f.never && f.block != kNoNode) {
          CountText(dom_.Text(i), f.in_link, &text_[f.block]);
          if (hint_) block_strings_[f.block].append(dom_.Text(i));
        }
      } else {
        roles[i] = ClassifyElement(dom_, i);
        f.never |= roles[i] == NodeRole::kNeverText;
        bool has_href = false;
        if (dom_.tag(i) == Tag::kA) dom_.Attr(i, "href", &has_href);
        f.in_link |= has_href;
        if (IsBlockTag(dom_.tag(i))) f.block = i;
      }
      facts_[i] = f;
    }
    SumSubtrees();
    MarkTeaserLists(&roles);
    DemoteFurnitureHoldingTheArticle(&roles);
    for (NodeId i = 0; i < dom_.size(); ++i) {
      NodeId parent = dom_.Parent(i);
      if (parent != kNoNode) {
        facts_[i].furniture = facts_[parent].furniture;
        facts_[i].hint = facts_[parent].hint;
      }
      if (roles[i] == NodeRole::kBoilerplate) facts_[i].furniture = i;
      if (roles[i] == NodeRole::kContentHint) {
        facts_[i].hint = i;
        facts_[i].furniture = kNoNode;
      }
    }
  }

  // A furniture name on an element that holds a body mark, most of the page's
  // text or most of the text of the body mark it is in ("#__next",
  // "page-with-sidebar", "meta-details" around the paragraphs) names a wrapper,
  // not furniture.
  // Characters and link characters of every subtree.
  void SumSubtrees() {
    subtree_chars_.assign(dom_.size(), 0);
    subtree_links_.assign(dom_.size(), 0);
    for (NodeId i = dom_.size(); i-- > 0;) {
      if (dom_.IsElement(i) && facts_[i].block == i) {
        subtree_chars_[i] += text_[i].chars;
        subtree_links_[i] += text_[i].link_chars;
      }
      NodeId parent = dom_.Parent(i);
      if (parent == kNoNode) continue;
      subtree_chars_[parent] += subtree_chars_[i];
      subtree_links_[parent] += subtree_links_[i];
    }
  }

  // A container of at least kMinTeasers items that are nearly all short and
  // largely link text ("Our latest stories": a linked headline and a line of
  // description each) lists other articles: furniture. So does one of at least
  // kMinTeasers <article> elements, whatever their length: an <article> inside
  // another holds a related post or a comment (HTML's own definition), and a
  // list of them ("You may also like" with each post in full) is no article.
  // Teasers are list items or cards, never paragraphs.
  static bool IsItemTag(Tag tag) {
    return tag == Tag::kLi || tag == Tag::kArticle || tag == Tag::kDiv || tag == Tag::kSection;
  }

  // Teasers (short, linked items) and <article> items among the children of
  // `container`, and the characters each kind holds.
  struct Items {
    uint32_t teasers = 0, teaser_chars = 0, articles = 0, article_chars = 0;
  };

  Items CountItems(NodeId container) const {
    Items items;
    for (NodeId c = dom_.FirstChild(container); c != kNoNode; c = dom_.NextSibling(c)) {
      const uint32_t chars = subtree_chars_[c];
      if (chars == 0 || !IsItemTag(dom_.tag(c))) continue;
      if (chars <= kMaxTeaserChars && subtree_links_[c] >= kMinTeaserLinkShare * chars) {
        ++items.teasers;
        items.teaser_chars += chars;
      }
      if (dom_.tag(c) == Tag::kArticle) {
        ++items.articles;
        items.article_chars += chars;
      }
    }
    return items;
  }

  void MarkTeaserLists(std::vector<NodeRole>* roles) const {
    for (NodeId i = 0; i < dom_.size(); ++i) {
      if ((*roles)[i] != NodeRole::kNeutral || !dom_.IsElement(i) || dom_.Depth(i) < 2) continue;
      const Items items = CountItems(i);
      const double min_chars = kMinTeaserTextShare * subtree_chars_[i];
      if ((items.teasers >= kMinTeasers && items.teaser_chars >= min_chars) ||
          (items.articles >= kMinTeasers && items.article_chars >= min_chars)) {
        (*roles)[i] = NodeRole::kBoilerplate;
      }
    }
  }

  void DemoteFurnitureHoldingTheArticle(std::vector<NodeRole>* roles) const {
    const std::vector<uint32_t>& chars = subtree_chars_;
    std::vector<bool> holds_hint(dom_.size(), false);
    for (NodeId i = dom_.size(); i-- > 0;) {
      holds_hint[i] = holds_hint[i] || (*roles)[i] == NodeRole::kContentHint;
      NodeId parent = dom_.Parent(i);
      if (parent != kNoNode && holds_hint[i]) holds_hint[parent] = true;
    }
    std::vector<NodeId> hint(dom_.size(), kNoNode);  // nearest marked ancestor
    for (NodeId i = 0; i < dom_.size(); ++i) {
      NodeId parent = dom_.Parent(i);
      if (parent != kNoNode) {
        hint[i] = (*roles)[parent] == NodeRole::kContentHint ? parent : hint[parent];
      }
      if ((*roles)[i] != NodeRole::kBoilerplate) continue;
      NodeId scope = hint[i] == kNoNode ? 0 : hint[i];
      if (holds_hint[i] || chars[i] > options_.max_furniture_share * chars[scope]) {
        (*roles)[i] = NodeRole::kNeutral;
      }
    }
  }

  // A short block that is not a sentence: a label, a menu entry, a price.
  bool IsLabel(const BlockText& t) const {
    return t.chars < options_.short_block_chars && (t.punctuation == 0 || t.words < kMinSentenceWords);
  }

  double LinkDensity(NodeId block) const {
    const BlockText& t = text_[block];
    return t.chars == 0 ? 0.0 : static_cast<double>(t.link_chars) / t.chars;
  }

  // Link-heavy blocks are navigation, unless they read as a sentence that links
  // part of itself ("He was <a>sentenced to life in prison last Thursday</a>."):
  // words of its own and a full stop outside the link. "Read more: <a>...</a>"
  // and menus end inside a link or without a full stop.
  bool IsNavigation(NodeId block) const {
    const BlockText& t = text_[block];
    if (t.ends_sentence && t.unlinked_words >= kMinSentenceWords) return false;
    return LinkDensity(block) > options_.max_link_density;
  }

  // Marks are trusted when marked blocks hold enough of the page's body-like text.
  bool HintsTrusted() const {
    double marked = 0, all = 0;
    for (NodeId i = 0; i < dom_.size(); ++i) {
      if (!dom_.IsElement(i) || facts_[i].block != i || facts_[i].furniture != kNoNode) continue;
      if (IsNavigation(i)) continue;
      all += text_[i].chars;
      if (facts_[i].hint != kNoNode) marked += text_[i].chars;
    }
    return marked > 0 && marked >= options_.min_hint_share * all;
  }

  // Stage 2: how much a block's own text says "this is the article".
  double Weight(NodeId block) const {
    const BlockText& t = text_[block];
    if (t.chars == 0) return 0;
    const NodeFacts& f = facts_[block];
    double density = LinkDensity(block);
    switch (VerdictOf(block)) {
      case BodyHint::Verdict::kConfirmed: return (1.0 - density) * t.chars;
      case BodyHint::Verdict::kRefuted: return kOutsideMarkWeight * t.chars;
      case BodyHint::Verdict::kUnknown: break;
    }
    if (f.furniture != kNoNode) return options_.furniture_weight * t.chars;
    if (IsNavigation(block)) return -density * t.chars;
    if (hints_trusted_ && f.hint == kNoNode) return kOutsideMarkWeight * t.chars;
    if (IsLabel(t)) return kShortBlockWeight * t.chars;
    return (1.0 - density) * t.chars;
  }

  // Stage 3: the element with the heaviest subtree (the deepest one on ties).
  NodeId FindRoot() const {
    std::vector<double> sum(dom_.size(), 0.0);
    for (NodeId i = dom_.size(); i-- > 0;) {
      if (dom_.IsElement(i) && facts_[i].block == i && !facts_[i].never) sum[i] += Weight(i);
      NodeId parent = dom_.Parent(i);
      if (parent != kNoNode) sum[parent] += sum[i];
    }
    NodeId best = kNoNode;
    double best_sum = 0;
    for (NodeId i = 0; i < dom_.size(); ++i) {
      if (dom_.IsElement(i) && !facts_[i].never && sum[i] > 0 && sum[i] >= best_sum) {
        best = i;
        best_sum = sum[i];
      }
    }
    return best;
  }

  // Infinite-scroll pages append the next articles to the first, each under an
  // <h1> made from the same template (same class, or itemprop=headline). Returns
  // the second such headline in the subtree of `root`, where the body ends, or
  // kNoNode.
  NodeId NextArticleHeadline(NodeId root) const {
    NodeId first = kNoNode;
    for (NodeId i = root; i < dom_.SubtreeEnd(root); ++i) {
      if (!dom_.IsElement(i) || dom_.tag(i) != Tag::kH1 || facts_[i].never) continue;
      if (first == kNoNode) {
        first = i;
      } else if (SameTemplate(first, i)) {
        return i;
      }
    }
    return kNoNode;
  }

  bool SameTemplate(NodeId a, NodeId b) const {
    if (dom_.Attr(a, "itemprop") == "headline" && dom_.Attr(b, "itemprop") == "headline") return true;
    std::string_view class_a = dom_.ClassAttr(a);
    return !class_a.empty() && class_a == dom_.ClassAttr(b);
  }

  // Stage 4: whether node `id` of the subtree of `root` is part of the body.
  bool Keep(NodeId root, NodeId id) const {
    const NodeFacts& f = facts_[id];
    if (f.never) return false;
    // Furniture the root sits in does not count; furniture inside it does,
    // unless the articleBody says otherwise.
    bool in_furniture = f.furniture != kNoNode && f.furniture > root;
    if (dom_.IsElement(id)) return judged_ || !in_furniture;
    NodeId block = f.block;
    if (block == kNoNode) return false;
    switch (VerdictOf(block)) {
      case BodyHint::Verdict::kConfirmed: return true;
      case BodyHint::Verdict::kRefuted: return false;
      case BodyHint::Verdict::kUnknown: break;
    }
    if (in_furniture || IsNavigation(block)) return false;
    if (hints_trusted_ && facts_[root].hint == kNoNode && facts_[block].hint == kNoNode) return false;
    return true;
  }

  // Weights per character of text outside the body marks, and of short blocks
  // without punctuation (labels, menu entries, bylines).
  static constexpr double kOutsideMarkWeight = -0.2;
  static constexpr double kShortBlockWeight = -0.2;
  static constexpr uint32_t kMinSentenceWords = 3;
  // Teaser lists: items of at most kMaxTeaserChars with at least
  // kMinTeaserLinkShare of link text, at least kMinTeasers of them, holding
  // at least kMinTeaserTextShare of the container's text.
  static constexpr uint32_t kMaxTeaserChars = 400;
  static constexpr double kMinTeaserLinkShare = 0.3;
  static constexpr uint32_t kMinTeasers = 3;
  static constexpr double kMinTeaserTextShare = 0.8;

  const HtmlDom& dom_;
  const MainContentOptions& options_;
  std::string body_text_;                    // the JSON-LD articleBody
  std::unique_ptr<BodyHint> hint_;           // set when body_text_ is long enough
  std::vector<std::string> block_strings_;   // each block's own text, when hint_ is set
  std::vector<BodyHint::Verdict> verdicts_;  // by block id, when hint_ is set
  bool judged_ = false;                      // the verdicts decide
  std::vector<NodeFacts> facts_;
  std::vector<BlockText> text_;  // by block element id
  std::vector<uint32_t> subtree_chars_, subtree_links_;  // by node id
  bool hints_trusted_ = false;
};

}  // namespace

Status ExtractMainContent(const HtmlDom& dom, const MainContentOptions& options,
                          MainContent* out) {
  if (dom.empty()) {
    *out = MainContent();
    return Status::Empty("empty document");
  }
  return MainContentFinder(dom, options).Run(out);
}

}  // namespace lede
