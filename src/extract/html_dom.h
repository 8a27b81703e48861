// HtmlDom: our own compact, read-only HTML5 tree, built from one parse.
//
// The parser (myhtml today; lexbor can replace it behind this file) builds its
// tree, which is converted at once into a flat vector of nodes in document
// (pre-)order and then freed. Each node's subtree is the index range
// [id, SubtreeEnd(id)), so descendants are walked with a plain loop and a
// subtree is skipped with one jump: no recursion anywhere, whatever the depth.
//
// Thread safety: an HtmlDom is immutable after Parse() and may be read from many
// threads. Parse() may run concurrently on distinct HtmlDom objects (each thread
// keeps its own parser).
#ifndef LEDE_EXTRACT_HTML_DOM_H_
#define LEDE_EXTRACT_HTML_DOM_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// The element names main-content and metadata extraction look at. Every other
// element is kOther; its name is still available from HtmlDom::Name().
enum class Tag : uint8_t {
  kOther, kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase, kScript, kStyle, kNoscript,
  kTemplate, kIframe, kSvg, kMath, kCanvas, kVideo, kAudio, kObject, kEmbed, kPicture, kSource,
  kImg, kMain, kArticle, kSection, kDiv, kHeader, kFooter, kNav, kAside, kForm, kInput,
  kButton, kSelect, kOption, kTextarea, kLabel, kFieldset, kDialog, kMenu, kP, kH1, kH2, kH3,
  kH4, kH5, kH6, kHgroup, kUl, kOl, kLi, kDl, kDt, kDd, kBlockquote, kPre, kCode, kAddress,
  kTable, kCaption, kThead, kTbody, kTfoot, kTr, kTd, kTh, kFigure, kFigcaption, kBr, kHr,
  kWbr, kA, kSpan, kB, kStrong, kI, kEm, kU, kS, kSmall, kSub, kSup, kMark, kQ, kCite, kAbbr,
  kTime, kFont, kDetails, kSummary,
};

enum class NodeKind : uint8_t {
  kElement,  // an element; Name() is its lower-case local name
  kText,     // a text node; Text() is its UTF-8 content (character references decoded)
};

// Node ids are indices into the node vector; kNoNode means "none".
using NodeId = uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

struct HtmlDomOptions {
  // Elements nested deeper than this are flattened into their ancestor at this
  // depth: their tags are dropped before parsing (HTML tree builders are
  // quadratic in depth), their text and shallower children are kept. 0 = no limit.
  uint32_t max_dom_depth = 512;
  // When false, what no extraction stage reads is dropped before parsing (see
  // html_prefilter.h): the text of <style> and of <script> elements other than
  // JSON-LD blocks (start tag holding "ld+json"), and the content of inline
  // <svg> drawings (the elements stay, empty); every attribute but those
  // extraction reads (class, id, href, content, name, property, itemprop, rel,
  // type, style, role, hidden, aria-hidden, datetime, pubdate, lang, http-equiv,
  // charset); comments; and all but one character of each run of spaces in
  // text outside <pre>/<listing>. That is over two thirds of a news page's bytes.
  bool keep_unread = false;
};

class HtmlDom {
 public:
  HtmlDom() = default;
  HtmlDom(const HtmlDom&) = delete;
  HtmlDom& operator=(const HtmlDom&) = delete;
  HtmlDom(HtmlDom&&) = default;
  HtmlDom& operator=(HtmlDom&&) = default;

  // Parses `utf8` (any bytes are accepted; invalid UTF-8 is kept as is) and
  // replaces the current tree. On success node 0 is the <html> element.
  // Comments and doctypes are dropped; <script>/<style> keep their text child
  // only as options.keep_unread says.
  // Returns kCorruption if the parser itself fails (out of memory); the tree is
  // then empty.
  Status Parse(std::string_view utf8, const HtmlDomOptions& options = {});

  // Number of nodes; ids run from 0 to size() - 1 in document order.
  NodeId size() const { return static_cast<NodeId>(nodes_.size()); }
  bool empty() const { return nodes_.empty(); }
  // The root (<html>) element, or kNoNode when empty.
  NodeId root() const { return nodes_.empty() ? kNoNode : 0; }

  // REQUIRES for all accessors: id < size().
  NodeKind kind(NodeId id) const { return nodes_[id].kind; }
  bool IsElement(NodeId id) const { return nodes_[id].kind == NodeKind::kElement; }
  bool IsText(NodeId id) const { return nodes_[id].kind == NodeKind::kText; }
  // kOther for text nodes and unlisted elements.
  Tag tag(NodeId id) const { return nodes_[id].tag; }
  // Lower-case element name ("div"); empty for text nodes.
  std::string_view Name(NodeId id) const;
  // The text of a text node; empty for elements.
  std::string_view Text(NodeId id) const;
  NodeId Parent(NodeId id) const { return nodes_[id].parent; }
  NodeId FirstChild(NodeId id) const { return nodes_[id].first_child; }
  NodeId NextSibling(NodeId id) const { return nodes_[id].next_sibling; }
  // 0 for the root element.
  uint32_t Depth(NodeId id) const { return nodes_[id].depth; }
  // One past the last descendant: descendants of `id` are (id, SubtreeEnd(id)).
  NodeId SubtreeEnd(NodeId id) const { return nodes_[id].subtree_end; }
  bool Contains(NodeId ancestor, NodeId id) const {
    return ancestor <= id && id < nodes_[ancestor].subtree_end;
  }

  // The value of attribute `name` (lower-case) of element `id`, or an empty view
  // when absent; `found`, if given, says whether it was present.
  std::string_view Attr(NodeId id, std::string_view name, bool* found = nullptr) const;
  // Attr(id, "class") and Attr(id, "id"), without searching: every extraction
  // stage reads them for every element.
  std::string_view ClassAttr(NodeId id) const { return AttrOrEmpty(nodes_[id].class_attr); }
  std::string_view IdAttr(NodeId id) const { return AttrOrEmpty(nodes_[id].id_attr); }
  // Attribute count and i-th name/value of element `id`, in source order.
  uint32_t AttrCount(NodeId id) const { return nodes_[id].attr_end - nodes_[id].attr_begin; }
  std::string_view AttrName(NodeId id, uint32_t i) const;
  std::string_view AttrValue(NodeId id, uint32_t i) const;

  // The concatenated text of all text nodes in the subtree of `id` (the DOM's
  // textContent), excluding <script>, <style> and <template> contents unless
  // `id` itself is one of them.
  std::string TextContent(NodeId id) const;

  // First element with this tag in document order, or kNoNode.
  NodeId FindFirst(Tag tag) const;

 private:
  struct Node {
    NodeKind kind;
    Tag tag;
    uint32_t depth;
    NodeId parent, first_child, next_sibling, subtree_end;
    uint32_t attr_begin, attr_end;  // range in attrs_
    uint64_t str_offset;            // element: name; text: text (in arena_)
    uint32_t str_size;
    uint32_t class_attr, id_attr;   // index in attrs_ of the first class / id, or kNoAttr
  };
  struct Attribute {
    uint64_t name_offset, value_offset;
    uint32_t name_size, value_size;
  };
  class Builder;

  static constexpr uint32_t kNoAttr = std::numeric_limits<uint32_t>::max();

  std::string_view Str(uint64_t offset, uint32_t size) const {
    return std::string_view(arena_.data() + offset, size);
  }
  std::string_view AttrOrEmpty(uint32_t index) const {
    return index == kNoAttr ? std::string_view()
                            : Str(attrs_[index].value_offset, attrs_[index].value_size);
  }

  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  std::string arena_;  // all names, texts and attribute values
};

// Returns the Tag for a lower-case element name (kOther if unlisted).
Tag TagFromName(std::string_view lower_case_name);

}  // namespace lede

#endif  // LEDE_EXTRACT_HTML_DOM_H_
