// XmlTree: a libxml2 document parsed safely, and the few accessors the feed
// parsers need (element names keyed by a canonical namespace prefix, text,
// attributes, URL resolution against xml:base).
#ifndef LEDE_FEED_XML_TREE_H_
#define LEDE_FEED_XML_TREE_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::feed {

class XmlTree {
 public:
  // Parses `bytes` without network, DTD loading or external entities, in recover
  // mode. `encoding` (an HTTP charset) overrides the document's declaration when
  // libxml2 knows it. kCorruption when there is no root element at all.
  Status Parse(std::string_view bytes, const std::string& base_url, const std::string& encoding);

  xmlNode* root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }
  // True when the parser had to recover from errors.
  bool recovered() const { return recovered_; }

 private:
  struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
  };
  std::unique_ptr<xmlDoc, DocFree> doc_;
  bool recovered_ = false;
};

// Returns the element's name as "prefix:local" with a canonical prefix for the
// namespaces feeds use ("atom", "dc", "content", "media", "itunes", "news",
// "image", "rdf", "xhtml"), and the bare local name for RSS 1.0 / 0.90 and
// sitemap elements and for elements without a namespace. An undeclared prefix
// ("atom:link" in a feed without xmlns:atom) is kept as written.
std::string Key(const xmlNode* node);

// The element's text content (descendants' text concatenated), trimmed.
std::string Text(const xmlNode* node);
// The element's children serialised as XML (for Atom type="xhtml" content), trimmed.
std::string InnerXml(const xmlNode* node);
// The attribute's value ("" when absent); `name` without namespace.
std::string Attr(const xmlNode* node, const char* name);

// Resolves `url` against the node's xml:base and the document URL; returns
// `url` unchanged when there is nothing to resolve against. Trimmed.
std::string ResolveUrl(const xmlNode* node, std::string_view url);

// Iterates the element children of a node: for (xmlNode* c : Children(n)).
class Children {
 public:
  explicit Children(const xmlNode* parent) : first_(parent ? Next(parent->children) : nullptr) {}
  struct Iterator {
    xmlNode* node;
    xmlNode* operator*() const { return node; }
    Iterator& operator++() {
      node = Next(node->next);
      return *this;
    }
    bool operator!=(const Iterator& other) const { return node != other.node; }
  };
  Iterator begin() const { return {first_}; }
  Iterator end() const { return {nullptr}; }

 private:
  static xmlNode* Next(xmlNode* n) {
    while (n && n->type != XML_ELEMENT_NODE) n = n->next;
    return n;
  }
  xmlNode* first_;
};

// Resolves `relative` against `base` (RFC 3986); `relative` itself when either
// is empty or resolution fails.
std::string ResolveAgainst(std::string_view base, std::string_view relative);

}  // namespace lede::feed

#endif  // LEDE_FEED_XML_TREE_H_
