#include "extract/page_signals.h"

#include <algorithm>

#include "extract/json_ld.h"
#include "extract/meta_text.h"
#include "extract/string_cache.h"

namespace lede {
namespace {

// Elements with more nodes than this below them are containers, never a byline
// or a date (and their text is not worth building).
constexpr NodeId kMaxSmallSubtree = 64;

// Class/id words that mark an element as a byline or a date, and words that mark
// a look-alike (the author's photo, an "updated" stamp).
constexpr std::string_view kBylineMarks[] = {"byline", "author", "writer", "contributor",
                                             "creator", "journalist", "reporter"};
constexpr std::string_view kBylineFakes[] = {"avatar", "image", "img", "photo", "bio",
                                             "description", "about", "comment", "more",
                                             "related", "follow", "social", "share"};
// Path parts of links to an author's page.
constexpr std::string_view kAuthorPaths[] = {"/author/", "/authors/", "/by/", "/people/",
                                             "/profile/", "/profiles/", "/staff/", "/writer/",
                                             "/writers/", "/journalist/", "/autor/", "/auteur/",
                                             "/autore/", "/reporter/", "/contributor/"};
constexpr std::string_view kDateMarks[] = {"date", "time", "publish", "posted", "pubdate",
                                           "timestamp", "meta"};
constexpr std::string_view kDateFakes[] = {"update", "modif", "runtime", "picker", "comment",
                                           "related", "reading"};

template <size_t N>
bool ContainsAny(std::string_view haystack, const std::string_view (&needles)[N]) {
  return std::any_of(std::begin(needles), std::end(needles),
                     [&](std::string_view n) { return haystack.find(n) != std::string_view::npos; });
}

// The lower-cased class and id of an element, space-separated.
std::string ClassAndId(const HtmlDom& dom, NodeId id) {
  std::string_view class_names = dom.ClassAttr(id), id_value = dom.IdAttr(id);
  if (class_names.empty() && id_value.empty()) return " ";
  std::string marks;
  marks.reserve(class_names.size() + 1 + id_value.size());
  marks.append(class_names).append(" ").append(id_value);
  for (char& c : marks) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return marks;
}

// Whether an element's class and id name it a byline or a date.
struct Marks {
  bool byline = false;
  bool date = false;
};

// REQUIRES: `class_and_id` is lower case.
Marks MarksIn(std::string_view class_and_id) {
  return {ContainsAny(class_and_id, kBylineMarks) && !ContainsAny(class_and_id, kBylineFakes),
          ContainsAny(class_and_id, kDateMarks) && !ContainsAny(class_and_id, kDateFakes)};
}

// The marks of element `id`, remembered per thread by its class and id values.
Marks MarksOf(const HtmlDom& dom, NodeId id) {
  std::string_view class_names = dom.ClassAttr(id), id_value = dom.IdAttr(id);
  if (class_names.empty() && id_value.empty()) return {};
  thread_local StringCache<Marks> cache;
  thread_local std::string key;
  key.assign(class_names).append(" ").append(id_value);
  return cache.Get(key, [](std::string_view raw) { return MarksIn(AsciiLower(raw)); });
}

bool IsSmall(const HtmlDom& dom, NodeId id) { return dom.SubtreeEnd(id) - id <= kMaxSmallSubtree; }

// The first non-empty of name, property, itemprop, http-equiv.
std::string MetaKey(const HtmlDom& dom, NodeId id) {
  for (std::string_view attr : {"name", "property", "itemprop", "http-equiv"}) {
    std::string_view v = dom.Attr(id, attr);
    if (!v.empty()) return AsciiLower(CollapseWhitespace(v));
  }
  return "";
}

// Whether the rel attribute of `id` lists `rel` (lower case), ignoring case.
bool HasRel(const HtmlDom& dom, NodeId id, std::string_view rel) {
  std::string_view rels = dom.Attr(id, "rel");
  if (rels.size() < rel.size()) return false;
  return (" " + AsciiLower(rels) + " ").find(" " + std::string(rel) + " ") != std::string::npos;
}

// The value an element with itemprop carries: content, datetime, or its text.
std::string ItempropValue(const HtmlDom& dom, NodeId id) {
  bool found = false;
  std::string_view content = dom.Attr(id, "content", &found);
  if (found) return CollapseWhitespace(content);
  std::string_view datetime = dom.Attr(id, "datetime", &found);
  if (found) return CollapseWhitespace(datetime);
  return IsSmall(dom, id) ? CollapseWhitespace(dom.TextContent(id)) : "";
}

class Collector {
 public:
  Collector(const HtmlDom& dom, const PageSignalsOptions& options)
      : dom_(dom), options_(options) {}

  PageSignals Run() {
    for (NodeId id = 0; id < dom_.size(); ++id) {
      if (dom_.IsText(id)) {
        PageText(id);
        continue;
      }
      ByTag(id);
      Itemprop(id);
      if (IsSmall(dom_, id) && (id >= byline_end_ || id >= date_end_)) {
        const Marks marks = MarksOf(dom_, id);
        Byline(id, marks.byline);
        DateText(id, marks.date);
      }
    }
    return std::move(signals_);
  }

 private:
  bool Room(size_t n, uint32_t limit) const { return limit == 0 || n < limit; }

  void ByTag(NodeId id) {
    switch (dom_.tag(id)) {
      case Tag::kTitle:
        if (signals_.title.empty()) signals_.title = CollapseWhitespace(dom_.TextContent(id));
        break;
      case Tag::kH1:
        if (Room(signals_.headings.size(), options_.max_headings)) {
          std::string text = CollapseWhitespace(dom_.TextContent(id));
          if (!text.empty()) signals_.headings.push_back(std::move(text));
        }
        break;
      case Tag::kMeta: {
        std::string key = MetaKey(dom_, id);
        if (!key.empty()) {
          signals_.meta.emplace_back(std::move(key), CollapseWhitespace(dom_.Attr(id, "content")));
        }
        break;
      }
      case Tag::kLink:
        if (signals_.canonical.empty() && HasRel(dom_, id, "canonical")) {
          signals_.canonical = CollapseWhitespace(dom_.Attr(id, "href"));
        }
        break;
      case Tag::kScript:
        if (IsJsonLdType(dom_.Attr(id, "type"))) {
          signals_.json_ld.push_back(dom_.TextContent(id));
        }
        hidden_end_ = std::max(hidden_end_, dom_.SubtreeEnd(id));
        break;
      case Tag::kTime:
        Time(id);
        break;
      case Tag::kBody:
        in_body_ = true;
        break;
      case Tag::kStyle:
      case Tag::kTemplate:
      case Tag::kNoscript:
        hidden_end_ = std::max(hidden_end_, dom_.SubtreeEnd(id));
        break;
      default:
        break;
    }
  }

  void PageText(NodeId id) {
    if (id < hidden_end_ || !in_body_) return;
    uint64_t limit = options_.max_page_text_bytes;
    if (limit != 0 && signals_.page_text.size() >= limit) return;
    std::string_view text = dom_.Text(id);
    if (limit != 0) text = text.substr(0, limit - signals_.page_text.size());
    signals_.page_text.append(text);
    signals_.page_text += '\n';
  }

  void Time(NodeId id) {
    bool found = false;
    std::string value = CollapseWhitespace(dom_.Attr(id, "datetime", &found));
    if (!found || value.empty()) value = CollapseWhitespace(dom_.TextContent(id));
    if (value.empty()) return;
    dom_.Attr(id, "pubdate", &found);
    std::string marks = ClassAndId(dom_, id) + " " + AsciiLower(dom_.Attr(id, "itemprop"));
    bool published = found || (marks.find("publish") != std::string::npos &&
                               marks.find("update") == std::string::npos) ||
                     marks.find("entry-date") != std::string::npos;
    auto& list = published ? signals_.published_times : signals_.other_times;
    if (Room(list.size(), options_.max_items)) list.push_back(std::move(value));
  }

  void Itemprop(NodeId id) {
    if (dom_.tag(id) == Tag::kMeta) return;
    std::string_view prop = dom_.Attr(id, "itemprop");
    if (prop.empty()) return;
    std::string value = ItempropValue(dom_, id);
    if (!value.empty()) signals_.meta.emplace_back(AsciiLower(CollapseWhitespace(prop)), value);
  }

  // REQUIRES for Byline and DateText: IsSmall(dom_, id); `marked` is what
  // MarksOf(dom_, id) says of it.
  void Byline(NodeId id, bool marked) {
    if (id < byline_end_) return;
    if (!marked && !HasRel(dom_, id, "author")) return;
    std::string text = CollapseWhitespace(dom_.TextContent(id));
    if (text.empty() || text.size() > options_.max_byline_bytes) return;
    if (Room(signals_.bylines.size(), options_.max_items)) {
      signals_.bylines.push_back({std::move(text), AuthorLinks(id)});
    }
    byline_end_ = dom_.SubtreeEnd(id);
  }

  // Texts of the links to author pages in the subtree of `id` (itself included).
  std::vector<std::string> AuthorLinks(NodeId id) const {
    std::vector<std::string> links;
    for (NodeId n = id; n < dom_.SubtreeEnd(id); ++n) {
      if (dom_.tag(n) != Tag::kA) continue;
      std::string href = AsciiLower(dom_.Attr(n, "href"));
      if (HasRel(dom_, n, "author") || ContainsAny(href, kAuthorPaths)) {
        std::string text = CollapseWhitespace(dom_.TextContent(n));
        if (!text.empty()) links.push_back(std::move(text));
      }
    }
    return links;
  }

  void DateText(NodeId id, bool marked) {
    if (id < date_end_ || dom_.tag(id) == Tag::kTime || !marked) return;
    std::string text = CollapseWhitespace(dom_.TextContent(id));
    if (text.empty() || text.size() > options_.max_date_text_bytes) return;
    if (Room(signals_.date_texts.size(), options_.max_items)) signals_.date_texts.push_back(text);
    date_end_ = dom_.SubtreeEnd(id);
  }

  const HtmlDom& dom_;
  const PageSignalsOptions& options_;
  PageSignals signals_;
  NodeId byline_end_ = 0;  // inside a collected byline until here
  NodeId date_end_ = 0;    // inside a collected date text until here
  NodeId hidden_end_ = 0;  // inside script/style/template/noscript until here
  bool in_body_ = false;   // past the <body> start tag
};

}  // namespace

PageSignals CollectPageSignals(const HtmlDom& dom, const PageSignalsOptions& options) {
  return Collector(dom, options).Run();
}

std::string FirstMeta(const PageSignals& signals, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [name, content] : signals.meta) {
      if (name == key && !content.empty()) return content;
    }
  }
  return "";
}

}  // namespace lede
