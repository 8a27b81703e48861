#include "extract/boilerplate_rules.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "extract/string_cache.h"

namespace lede {
namespace {

// Class/id words (after splitting "share-bar", "share_bar" and "shareBar" into
// "share" "bar") that mark page furniture. A word matches a prefix entry when it
// starts with it ("comments", "commentlist"), an exact entry only when equal.
constexpr std::string_view kBoilerplatePrefixes[] = {
    "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo",
    "advert", "sponsor", "sidebar", "breadcrumb", "pagination", "ticker", "breaking",
    "pager", "popup", "modal", "outbrain", "taboola", "disqus", "caption", "recommend",
    "trending", "popular", "signup", "toolbar", "footer", "masthead", "navbar", "navigation",
    "byline", "author", "donat", "copyright", "disclaimer", "readmore", "teaser",
    "banner", "login", "paywall",
};
constexpr std::string_view kBoilerplateWords[] = {
    "ad", "ads", "adv", "nav", "menu", "tags", "meta", "bio", "next", "prev",
    "previous", "skip", "print", "date", "dateline", "credit", "credits",
    "timestamp", "follow", "rating", "more", "also", "header", "dfp", "sr", "visually",
    "screenreader", "offscreen", "tools", "utility", "topics", "keywords", "categories",
};
// Words that end a boilerplate reading: "comment-content" is still a comment, but
// in "no-comments" or "has-sidebar" the element itself is not the furniture.
// Feature flags ("enableCommentsCount") and names of two regions
// ("content-and-sidebar", a wrapper) too.
constexpr std::string_view kNegations[] = {"no", "has", "with", "without", "show", "hide",
                                           "enable", "disable", "allow", "is", "and"};
// Compacted (separators removed, lower-case) class fragments of article bodies.
constexpr std::string_view kContentHints[] = {
    "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext",
    "postbody", "postcontent", "posttext", "entrycontent", "entrybody", "bodytext",
    "contentbody", "richtext", "maintext", "articlecopy", "fieldnamebody",
};

// Words of cookie and consent notices: whatever their size, never the article.
constexpr std::string_view kNoticePrefixes[] = {"cookie", "consent", "gdpr", "onetrust", "cmp"};

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

// The vocabulary above by the first two characters of its entries, so that a
// class word is compared only with the few entries that start like it (most
// words, "flex", "wrapper", "col", with none).
class Vocabulary {
 public:
  enum class Kind : uint8_t { kNotice, kNegation, kWord, kPrefix };
  struct Entry {
    std::string_view text;
    Kind kind;
  };

  Vocabulary() {
    for (std::string_view w : kNoticePrefixes) entries_.push_back({w, Kind::kNotice});
    for (std::string_view w : kNegations) entries_.push_back({w, Kind::kNegation});
    for (std::string_view w : kBoilerplateWords) entries_.push_back({w, Kind::kWord});
    for (std::string_view w : kBoilerplatePrefixes) entries_.push_back({w, Kind::kPrefix});
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return Bucket(a.text) < Bucket(b.text); });
    size_t e = 0;
    for (size_t bucket = 0; bucket <= kBuckets; ++bucket) {
      while (e < entries_.size() && Bucket(entries_[e].text) < bucket) ++e;
      begin_[bucket] = static_cast<uint16_t>(e);
    }
  }

  // The entries that start with the first two characters of `word`.
  // REQUIRES: `word` is lower case.
  std::span<const Entry> Candidates(std::string_view word) const {
    if (word.size() < 2) return {};
    const size_t bucket = Bucket(word);
    return std::span<const Entry>(entries_.data() + begin_[bucket], begin_[bucket + 1] - begin_[bucket]);
  }

 private:
  static constexpr size_t kSymbols = 37;  // a-z, 0-9, anything else
  static constexpr size_t kBuckets = kSymbols * kSymbols;
  static size_t Symbol(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '0' && c <= '9') return 26 + (c - '0');
    return 36;
  }
  static size_t Bucket(std::string_view text) { return Symbol(text[0]) * kSymbols + Symbol(text[1]); }

  std::vector<Entry> entries_;
  uint16_t begin_[kBuckets + 1];  // the entries of bucket b: [begin_[b], begin_[b + 1])
};

const Vocabulary& Words() {
  static const Vocabulary* const words = new Vocabulary;
  return *words;
}

// Every body mark holds one of these, so a name without any has none.
bool MayHoldContentHint(std::string_view compact) {
  for (std::string_view part : {"body", "content", "text", "copy"}) {
    if (compact.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// Classifies one class name ("article-body", "shareBar"). Works on the first
// kMaxNameChars letters and digits, lower-cased, without allocating.
NodeRole ClassifyName(std::string_view name) {
  constexpr size_t kMaxNameChars = 128, kMaxWords = 8;
  char compact[kMaxNameChars];  // the letters and digits, lower case
  size_t size = 0;
  std::string_view words[kMaxWords];  // ranges of `compact`
  size_t n = 0, word_start = 0;
  auto end_word = [&] {
    if (size > word_start && n < kMaxWords) words[n++] = std::string_view(compact + word_start, size - word_start);
    word_start = size;
  };
  for (size_t i = 0; i < name.size() && size < kMaxNameChars; ++i) {
    char c = name[i];
    if (!IsAlnum(c)) {
      end_word();
      continue;
    }
    if (IsUpper(c) && i > 0 && !IsUpper(name[i - 1])) end_word();
    compact[size++] = Lower(c);
  }
  end_word();
  std::string_view all(compact, size);
  if (MayHoldContentHint(all)) {
    for (std::string_view hint : kContentHints) {
      if (all.find(hint) != std::string_view::npos) return NodeRole::kContentHint;
    }
  }
  // A notice names itself first ("cookie-banner", "js-consent-modal"); later it
  // is a feature flag ("filterNonGdprEmbeds").
  for (size_t i = 0; i < std::min<size_t>(n, 2); ++i) {
    for (const Vocabulary::Entry& e : Words().Candidates(words[i])) {
      if (e.kind == Vocabulary::Kind::kNotice && words[i].starts_with(e.text)) return NodeRole::kNeverText;
    }
  }
  // A negation ends the reading; else a furniture word or prefix makes it.
  for (size_t i = 0; i < n; ++i) {
    bool negation = false, furniture = false;
    for (const Vocabulary::Entry& e : Words().Candidates(words[i])) {
      switch (e.kind) {
        case Vocabulary::Kind::kNotice: break;
        case Vocabulary::Kind::kNegation: negation |= words[i] == e.text; break;
        case Vocabulary::Kind::kWord: furniture |= words[i] == e.text; break;
        case Vocabulary::Kind::kPrefix:
          furniture |= words[i].starts_with(e.text) && words[i] != "commentary";
          break;
      }
    }
    if (negation) return NodeRole::kNeutral;
    if (furniture) return NodeRole::kBoilerplate;
  }
  return NodeRole::kNeutral;
}

// Class and id names repeat within a page and across the pages of a site, and so
// do whole class attribute values: each thread remembers the roles of both.
NodeRole CachedClassifyName(std::string_view name) {
  thread_local StringCache<NodeRole> names;
  return names.Get(name, ClassifyName);
}

// A body mark beats a notice, which beats furniture, which beats nothing.
NodeRole Strongest(NodeRole a, NodeRole b) {
  auto rank = [](NodeRole r) {
    switch (r) {
      case NodeRole::kContentHint: return 3;
      case NodeRole::kNeverText: return 2;
      case NodeRole::kBoilerplate: return 1;
      case NodeRole::kNeutral: return 0;
    }
    return 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

// The strongest role among the names of a class or id value.
NodeRole ClassifyEachName(std::string_view value) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  NodeRole role = NodeRole::kNeutral;
  size_t pos = 0;
  while (pos < value.size()) {
    size_t end = pos;
    while (end < value.size() && !is_space(value[end])) ++end;
    if (end > pos) role = Strongest(role, CachedClassifyName(value.substr(pos, end - pos)));
    pos = end + 1;
  }
  return role;
}

// The attributes ClassifyElement reads, found in one pass over the element's.
struct RuleAttributes {
  bool hidden = false;
  std::string_view aria_hidden, style, role, itemprop, class_names, id;

  RuleAttributes(const HtmlDom& dom, NodeId node)
      : class_names(dom.ClassAttr(node)), id(dom.IdAttr(node)) {
    for (uint32_t i = 0, n = dom.AttrCount(node); i < n; ++i) {
      std::string_view name = dom.AttrName(node, i);
      std::string_view* value = name == "style"         ? &style
                                : name == "role"        ? &role
                                : name == "itemprop"    ? &itemprop
                                : name == "aria-hidden" ? &aria_hidden
                                                        : nullptr;
      if (value != nullptr && value->data() == nullptr) *value = dom.AttrValue(node, i);
      hidden |= name == "hidden";
    }
  }
};

bool IsHidden(const RuleAttributes& a) {
  if (a.hidden || a.aria_hidden == "true") return true;
  std::string_view style = a.style;
  if (style.find("none") == std::string_view::npos && style.find("hidden") == std::string_view::npos &&
      style.find("NONE") == std::string_view::npos && style.find("HIDDEN") == std::string_view::npos) {
    return false;
  }
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') compact.push_back(Lower(c));
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool IsFurnitureRole(std::string_view role) {
  constexpr std::string_view kRoles[] = {"navigation", "banner", "contentinfo", "complementary",
                                         "search", "menu", "menubar", "tablist", "toolbar"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

NodeRole RoleOfTag(Tag tag) {
  switch (tag) {
    case Tag::kHead: case Tag::kTitle: case Tag::kMeta: case Tag::kLink: case Tag::kBase:
    case Tag::kScript: case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate:
    case Tag::kIframe: case Tag::kSvg: case Tag::kMath: case Tag::kCanvas: case Tag::kVideo:
    case Tag::kAudio: case Tag::kObject: case Tag::kEmbed: case Tag::kPicture:
    case Tag::kSource: case Tag::kImg: case Tag::kInput: case Tag::kButton: case Tag::kSelect:
    case Tag::kOption: case Tag::kTextarea: case Tag::kDialog:
      return NodeRole::kNeverText;
    case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kHeader: case Tag::kMenu:
    case Tag::kFigure: case Tag::kFigcaption:
      return NodeRole::kBoilerplate;
    default:
      return NodeRole::kNeutral;
  }
}

}  // namespace

NodeRole ClassifyNames(std::string_view value) {
  if (value.empty()) return NodeRole::kNeutral;  // most elements: no class, no id
  thread_local StringCache<NodeRole> values;
  return values.Get(value, ClassifyEachName);
}


NodeRole ClassifyElement(const HtmlDom& dom, NodeId id) {
  NodeRole by_tag = RoleOfTag(dom.tag(id));
  if (by_tag == NodeRole::kNeverText) return NodeRole::kNeverText;
  const RuleAttributes attributes(dom, id);
  if (IsHidden(attributes)) return NodeRole::kNeverText;
  std::string_view role = attributes.role;
  if (role == "dialog" || role == "alertdialog") return NodeRole::kNeverText;
  if (attributes.itemprop == "articleBody") return NodeRole::kContentHint;
  if (by_tag == NodeRole::kBoilerplate || IsFurnitureRole(role)) return NodeRole::kBoilerplate;
  NodeRole names = Strongest(ClassifyNames(attributes.class_names), ClassifyNames(attributes.id));
  // Page-level containers carry page descriptors ("menu-type-dropdown",
  // "tag-politics", "cookie-banner-shown"), not furniture names.
  Tag tag = dom.tag(id);
  bool page_level = tag == Tag::kHtml || tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle;
  return page_level && names != NodeRole::kContentHint ? NodeRole::kNeutral : names;
}

bool IsFurnitureLabel(std::string_view paragraph) {
  // Compared after lower-casing ASCII and trimming non-letters at both ends.
  constexpr std::string_view kLabels[] = {
      "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
      "related", "related articles", "related stories", "related posts", "recommended",
      "recommended for you", "read more", "read next", "read also", "also read", "see also",
      "more from", "most read", "most popular", "trending", "trending now", "editors' pick",
      "editor's pick", "editors’ pick", "tags", "topics", "share", "share this",
      "share this article", "comments", "comments are closed", "leave a comment",
      "skip to content", "loading", "loading...", "publicité", "anzeige", "werbung",
      "publicidad", "pubblicità", "reklame",
  };
  if (paragraph.size() > 40) return false;
  std::string_view p = paragraph;
  // Trims ASCII punctuation and spaces and U+2010..U+203F (dashes, quotes, bullets).
  auto punctuation_at_start = [](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    if (!(v[0] & 0x80)) return IsAlnum(v[0]) ? 0 : 1;
    return v.size() >= 3 && v.substr(0, 2) == "\xE2\x80" ? 3 : 0;
  };
  auto punctuation_at_end = [](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    if (!(v.back() & 0x80)) return IsAlnum(v.back()) ? 0 : 1;
    return v.size() >= 3 && v.substr(v.size() - 3, 2) == "\xE2\x80" ? 3 : 0;
  };
  for (size_t n; (n = punctuation_at_start(p)) > 0;) p.remove_prefix(n);
  for (size_t n; (n = punctuation_at_end(p)) > 0;) p.remove_suffix(n);
  std::string lower(p);
  for (char& c : lower) c = Lower(c);
  return std::find(std::begin(kLabels), std::end(kLabels), lower) != std::end(kLabels);
}

bool IsBlockTag(Tag tag) {
  switch (tag) {
    case Tag::kHtml: case Tag::kBody: case Tag::kMain: case Tag::kArticle: case Tag::kSection:
    case Tag::kDiv: case Tag::kHeader: case Tag::kFooter: case Tag::kNav: case Tag::kAside:
    case Tag::kForm: case Tag::kFieldset: case Tag::kDialog: case Tag::kMenu: case Tag::kP:
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kHgroup: case Tag::kUl: case Tag::kOl: case Tag::kLi: case Tag::kDl: case Tag::kDt:
    case Tag::kDd: case Tag::kBlockquote: case Tag::kPre: case Tag::kAddress: case Tag::kTable:
    case Tag::kCaption: case Tag::kThead: case Tag::kTbody: case Tag::kTfoot: case Tag::kTr:
    case Tag::kTd: case Tag::kTh: case Tag::kFigure: case Tag::kFigcaption: case Tag::kHr:
    case Tag::kDetails: case Tag::kSummary:
      return true;
    default:
      return false;
  }
}

}  // namespace lede
