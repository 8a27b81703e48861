#include "extract/html_dom.h"

#include <myhtml/api.h>

#include <array>
#include <unordered_map>
#include <utility>

#include "extract/html_prefilter.h"

namespace lede {
namespace {

// Nesting is capped before parsing a little below max_dom_depth: <html> and
// <body> and elements with optional end tags are not counted by PrefilterHtml.
constexpr uint32_t kNestingHeadroom = 2;

// One myhtml instance and tree per thread (myhtml_t is not thread-safe), in
// single mode so it starts no worker threads of its own. The tree is cleaned and
// reused for each document: creating one allocates and zeroes its memory pools.
class ThreadParser {
 public:
  ThreadParser() : myhtml_(myhtml_create()) {
    if (myhtml_ && myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) == MyHTML_STATUS_OK) {
      tree_ = myhtml_tree_create();
      if (tree_ && myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) {
        myhtml_tree_destroy(tree_);
        tree_ = nullptr;
      }
    }
  }
  ~ThreadParser() {
    if (tree_) myhtml_tree_destroy(tree_);
    if (myhtml_) myhtml_destroy(myhtml_);
  }

  // The thread's tree, emptied, or nullptr if the parser could not be set up.
  myhtml_tree_t* CleanTree() {
    if (tree_ == nullptr) return nullptr;
    myhtml_tree_clean(tree_);
    return tree_;
  }

 private:
  myhtml_t* myhtml_;
  myhtml_tree_t* tree_ = nullptr;
};

constexpr std::pair<std::string_view, Tag> kTagNames[] = {
    {"html", Tag::kHtml}, {"head", Tag::kHead}, {"body", Tag::kBody}, {"title", Tag::kTitle},
    {"meta", Tag::kMeta}, {"link", Tag::kLink}, {"base", Tag::kBase}, {"script", Tag::kScript},
    {"style", Tag::kStyle}, {"noscript", Tag::kNoscript}, {"template", Tag::kTemplate},
    {"iframe", Tag::kIframe}, {"svg", Tag::kSvg}, {"math", Tag::kMath}, {"canvas", Tag::kCanvas},
    {"video", Tag::kVideo}, {"audio", Tag::kAudio}, {"object", Tag::kObject},
    {"embed", Tag::kEmbed}, {"picture", Tag::kPicture}, {"source", Tag::kSource},
    {"img", Tag::kImg}, {"main", Tag::kMain}, {"article", Tag::kArticle},
    {"section", Tag::kSection}, {"div", Tag::kDiv}, {"header", Tag::kHeader},
    {"footer", Tag::kFooter}, {"nav", Tag::kNav}, {"aside", Tag::kAside}, {"form", Tag::kForm},
    {"input", Tag::kInput}, {"button", Tag::kButton}, {"select", Tag::kSelect},
    {"option", Tag::kOption}, {"textarea", Tag::kTextarea}, {"label", Tag::kLabel},
    {"fieldset", Tag::kFieldset}, {"dialog", Tag::kDialog}, {"menu", Tag::kMenu},
    {"p", Tag::kP}, {"h1", Tag::kH1}, {"h2", Tag::kH2}, {"h3", Tag::kH3}, {"h4", Tag::kH4},
    {"h5", Tag::kH5}, {"h6", Tag::kH6}, {"hgroup", Tag::kHgroup}, {"ul", Tag::kUl},
    {"ol", Tag::kOl}, {"li", Tag::kLi}, {"dl", Tag::kDl}, {"dt", Tag::kDt}, {"dd", Tag::kDd},
    {"blockquote", Tag::kBlockquote}, {"pre", Tag::kPre}, {"code", Tag::kCode},
    {"address", Tag::kAddress}, {"table", Tag::kTable}, {"caption", Tag::kCaption},
    {"thead", Tag::kThead}, {"tbody", Tag::kTbody}, {"tfoot", Tag::kTfoot}, {"tr", Tag::kTr},
    {"td", Tag::kTd}, {"th", Tag::kTh}, {"figure", Tag::kFigure},
    {"figcaption", Tag::kFigcaption}, {"br", Tag::kBr}, {"hr", Tag::kHr}, {"wbr", Tag::kWbr},
    {"a", Tag::kA}, {"span", Tag::kSpan}, {"b", Tag::kB}, {"strong", Tag::kStrong},
    {"i", Tag::kI}, {"em", Tag::kEm}, {"u", Tag::kU}, {"s", Tag::kS}, {"small", Tag::kSmall},
    {"sub", Tag::kSub}, {"sup", Tag::kSup}, {"mark", Tag::kMark}, {"q", Tag::kQ},
    {"cite", Tag::kCite}, {"abbr", Tag::kAbbr}, {"time", Tag::kTime}, {"font", Tag::kFont},
    {"details", Tag::kDetails}, {"summary", Tag::kSummary},
};

}  // namespace

Tag TagFromName(std::string_view name) {
  static const auto* const kMap = [] {
    auto* map = new std::unordered_map<std::string_view, Tag>;
    for (auto [n, t] : kTagNames) map->emplace(n, t);
    return map;
  }();
  auto it = kMap->find(name);
  return it == kMap->end() ? Tag::kOther : it->second;
}

// Converts one myhtml tree into an HtmlDom's vectors, iteratively.
class HtmlDom::Builder {
 public:
  Builder(HtmlDom* dom, myhtml_tree_t* tree, uint32_t max_depth)
      : dom_(dom), tree_(tree), max_depth_(max_depth) {}

  void Run(myhtml_tree_node_t* html) {
    std::vector<Frame> stack;  // the myhtml ancestors of `node`
    myhtml_tree_node_t* node = html;
    while (true) {
      NodeId parent = stack.empty() ? kNoNode : stack.back().attach;
      NodeId id = Add(node, parent);
      if (myhtml_tree_node_t* child = myhtml_node_child(node)) {
        stack.push_back({node, id, id != kNoNode ? id : parent});
        node = child;
        continue;
      }
      Finish(id);
      while (true) {  // on to the next sibling, climbing up as needed
        if (stack.empty()) return;
        if (myhtml_tree_node_t* next = myhtml_node_next(node)) {
          node = next;
          break;
        }
        Finish(stack.back().id);
        node = stack.back().node;
        stack.pop_back();
      }
    }
  }

 private:
  // A myhtml element being visited, our node for it (kNoNode when flattened),
  // and the nearest of our nodes at or above it, where its children attach.
  struct Frame {
    myhtml_tree_node_t* node;
    NodeId id;
    NodeId attach;
  };

  // Appends our node for `node` under `parent`; returns its id, or kNoNode for
  // skipped nodes (comments, doctypes, elements past the depth limit).
  NodeId Add(myhtml_tree_node_t* node, NodeId parent) {
    myhtml_tag_id_t tag_id = myhtml_node_tag_id(node);
    if (tag_id == MyHTML_TAG__COMMENT || tag_id == MyHTML_TAG__DOCTYPE) return kNoNode;
    bool text = tag_id == MyHTML_TAG__TEXT;
    uint32_t depth = parent == kNoNode ? 0 : dom_->nodes_[parent].depth + 1;
    if (text && parent == kNoNode) return kNoNode;
    if (!text && max_depth_ != 0 && depth > max_depth_) return kNoNode;
    Node n{};
    n.kind = text ? NodeKind::kText : NodeKind::kElement;
    n.depth = depth;
    n.parent = parent;
    n.first_child = n.next_sibling = n.subtree_end = kNoNode;
    n.attr_begin = n.attr_end = static_cast<uint32_t>(dom_->attrs_.size());
    n.class_attr = n.id_attr = kNoAttr;
    if (text) {
      size_t size = 0;
      const char* data = myhtml_node_text(node, &size);
      n.tag = Tag::kOther;
      n.str_offset = Intern(data, size);
      n.str_size = static_cast<uint32_t>(size);
    } else {
      SetName(tag_id, &n);
      AddAttributes(node, &n);
    }
    NodeId id = static_cast<NodeId>(dom_->nodes_.size());
    dom_->nodes_.push_back(n);
    last_child_.push_back(kNoNode);
    if (parent != kNoNode) {
      NodeId last = last_child_[parent];
      if (last == kNoNode) {
        dom_->nodes_[parent].first_child = id;
      } else {
        dom_->nodes_[last].next_sibling = id;
      }
      last_child_[parent] = id;
    }
    return id;
  }

  void Finish(NodeId id) {
    if (id != kNoNode) dom_->nodes_[id].subtree_end = static_cast<NodeId>(dom_->nodes_.size());
  }

  uint64_t Intern(const char* data, size_t size) {
    uint64_t offset = dom_->arena_.size();
    if (data != nullptr) dom_->arena_.append(data, size);
    return offset;
  }

  // Names are interned once per tag id and document: the HTML tags in a table
  // indexed by id, custom ones in a map.
  void SetName(myhtml_tag_id_t tag_id, Node* n) {
    Name* name = tag_id < known_names_.size() ? &known_names_[tag_id] : &custom_names_[tag_id];
    if (!name->interned) {
      size_t size = 0;
      const char* text = myhtml_tag_name_by_id(tree_, tag_id, &size);
      name->offset = Intern(text, text ? size : 0);
      name->size = static_cast<uint32_t>(text ? size : 0);
      name->tag = TagFromName(dom_->Str(name->offset, name->size));
      name->interned = true;
    }
    n->tag = name->tag;
    n->str_offset = name->offset;
    n->str_size = name->size;
  }

  void AddAttributes(myhtml_tree_node_t* node, Node* n) {
    for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(node); a; a = myhtml_attribute_next(a)) {
      size_t key_size = 0, value_size = 0;
      const char* key = myhtml_attribute_key(a, &key_size);
      const char* value = myhtml_attribute_value(a, &value_size);
      Attribute attr{};
      attr.name_offset = Intern(key, key ? key_size : 0);
      attr.name_size = static_cast<uint32_t>(key ? key_size : 0);
      attr.value_offset = Intern(value, value ? value_size : 0);
      attr.value_size = static_cast<uint32_t>(value ? value_size : 0);
      const std::string_view name(key ? key : "", key ? key_size : 0);
      uint32_t* index = name == "class" ? &n->class_attr : name == "id" ? &n->id_attr : nullptr;
      if (index != nullptr && *index == kNoAttr) *index = static_cast<uint32_t>(dom_->attrs_.size());
      dom_->attrs_.push_back(attr);
    }
    n->attr_end = static_cast<uint32_t>(dom_->attrs_.size());
  }

  struct Name {
    uint64_t offset = 0;
    uint32_t size = 0;
    Tag tag = Tag::kOther;
    bool interned = false;
  };
  HtmlDom* dom_;
  myhtml_tree_t* tree_;
  uint32_t max_depth_;
  std::vector<NodeId> last_child_;  // per node, while building
  std::array<Name, MyHTML_TAG_LAST_ENTRY> known_names_{};
  std::unordered_map<myhtml_tag_id_t, Name> custom_names_;
};

Status HtmlDom::Parse(std::string_view utf8, const HtmlDomOptions& options) {
  nodes_.clear();
  attrs_.clear();
  arena_.clear();
  thread_local std::string filtered;  // reused, like the thread's parser
  PrefilterOptions prefilter;
  prefilter.max_depth =
      options.max_dom_depth > kNestingHeadroom ? options.max_dom_depth - kNestingHeadroom : 0;
  prefilter.drop_unread = !options.keep_unread;
  if (PrefilterHtml(utf8, prefilter, &filtered)) utf8 = filtered;
  thread_local ThreadParser parser;
  myhtml_tree_t* tree = parser.CleanTree();
  if (tree == nullptr) return Status::Corruption("html parser could not be initialised");
  if (myhtml_parse(tree, MyENCODING_UTF_8, utf8.data(), utf8.size()) != MyHTML_STATUS_OK) {
    return Status::Corruption("html parser failed (out of memory?)");
  }
  myhtml_tree_node_t* html = myhtml_tree_get_node_html(tree);
  if (html == nullptr) return Status::Corruption("html parser produced no <html> element");
  arena_.reserve(utf8.size() / 2);
  Builder(this, tree, options.max_dom_depth).Run(html);
  return Status::OK();
}

std::string_view HtmlDom::Name(NodeId id) const {
  const Node& n = nodes_[id];
  return n.kind == NodeKind::kElement ? Str(n.str_offset, n.str_size) : std::string_view();
}

std::string_view HtmlDom::Text(NodeId id) const {
  const Node& n = nodes_[id];
  return n.kind == NodeKind::kText ? Str(n.str_offset, n.str_size) : std::string_view();
}

std::string_view HtmlDom::Attr(NodeId id, std::string_view name, bool* found) const {
  const Node& n = nodes_[id];
  for (uint32_t i = n.attr_begin; i < n.attr_end; ++i) {
    const Attribute& a = attrs_[i];
    if (Str(a.name_offset, a.name_size) == name) {
      if (found) *found = true;
      return Str(a.value_offset, a.value_size);
    }
  }
  if (found) *found = false;
  return {};
}

std::string_view HtmlDom::AttrName(NodeId id, uint32_t i) const {
  const Attribute& a = attrs_[nodes_[id].attr_begin + i];
  return Str(a.name_offset, a.name_size);
}

std::string_view HtmlDom::AttrValue(NodeId id, uint32_t i) const {
  const Attribute& a = attrs_[nodes_[id].attr_begin + i];
  return Str(a.value_offset, a.value_size);
}

std::string HtmlDom::TextContent(NodeId id) const {
  std::string out;
  NodeId end = nodes_[id].subtree_end;
  for (NodeId i = id; i < end; ++i) {
    const Node& n = nodes_[i];
    if (n.kind == NodeKind::kText) {
      out.append(Str(n.str_offset, n.str_size));
    } else if (i != id && (n.tag == Tag::kScript || n.tag == Tag::kStyle || n.tag == Tag::kTemplate)) {
      i = n.subtree_end - 1;
    }
  }
  return out;
}

NodeId HtmlDom::FindFirst(Tag tag) const {
  for (NodeId i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].tag == tag && nodes_[i].kind == NodeKind::kElement) return i;
  }
  return kNoNode;
}

}  // namespace lede
