#include "feed/xml_tree.h"

#include <libxml/parser.h>
#include <libxml/uri.h>
#include <libxml/xmlsave.h>

#include <cstring>

namespace lede::feed {
namespace {

std::string Trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

struct XmlCharFree {
  void operator()(xmlChar* p) const { xmlFree(p); }
};
using XmlString = std::unique_ptr<xmlChar, XmlCharFree>;

std::string_view View(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Canonical prefix of a namespace URI, or nullptr when it is none feeds use.
const char* PrefixOf(std::string_view href) {
  struct Namespace {
    const char* uri;
    const char* prefix;
  };
  static constexpr Namespace kNamespaces[] = {
      {"http://www.w3.org/2005/Atom", "atom"},
      {"http://purl.org/atom/ns#", "atom"},
      {"http://purl.org/rss/1.0/", ""},
      {"http://my.netscape.com/rdf/simple/0.9/", ""},
      {"http://channel.netscape.com/rdf/simple/0.9/", ""},
      {"http://backend.userland.com/rss2", ""},
      {"http://www.sitemaps.org/schemas/sitemap/0.9", ""},
      {"http://www.google.com/schemas/sitemap/0.9", ""},
      {"http://www.google.com/schemas/sitemap/0.84", ""},
      {"http://purl.org/dc/elements/1.1/", "dc"},
      {"http://purl.org/dc/terms/", "dcterms"},
      {"http://purl.org/rss/1.0/modules/content/", "content"},
      {"http://search.yahoo.com/mrss/", "media"},
      {"http://search.yahoo.com/mrss", "media"},
      {"http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
      {"http://www.google.com/schemas/sitemap-news/0.9", "news"},
      {"http://www.google.com/schemas/sitemap-image/1.1", "image"},
      {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
      {"http://www.w3.org/1999/xhtml", "xhtml"},
  };
  for (const Namespace& ns : kNamespaces) {
    if (href == ns.uri) return ns.prefix;
  }
  return nullptr;
}

}  // namespace

Status XmlTree::Parse(std::string_view bytes, const std::string& base_url,
                      const std::string& encoding) {
  // Leading white space before "<?xml" is a common producer bug; skip it.
  size_t start = 0;
  if (bytes.substr(0, 3) != "\xEF\xBB\xBF") {
    while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\t' ||
                                    bytes[start] == '\r' || bytes[start] == '\n'))
      ++start;
  }
  bytes.remove_prefix(start);
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Status::IOError("libxml2: out of memory");
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                      XML_PARSE_COMPACT;  // never XML_PARSE_NOENT or DTDLOAD: no XXE
  xmlDoc* doc = nullptr;
  if (!encoding.empty()) {
    doc =
        xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()),
                          base_url.empty() ? nullptr : base_url.c_str(), encoding.c_str(), options);
    if (doc == nullptr)
      xmlCtxtReset(ctxt);  // an encoding libxml2 does not know: use the document's
  }
  if (doc == nullptr) {
    doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()),
                            base_url.empty() ? nullptr : base_url.c_str(), nullptr, options);
  }
  recovered_ = ctxt->wellFormed == 0;
  xmlFreeParserCtxt(ctxt);
  doc_.reset(doc);
  if (root() == nullptr) return Status::Corruption("not XML: no root element");
  return Status::OK();
}

std::string Key(const xmlNode* node) {
  std::string_view local = View(node->name);
  if (node->ns != nullptr) {
    const char* prefix = PrefixOf(View(node->ns->href));
    if (prefix == nullptr)
      prefix = node->ns->prefix ? reinterpret_cast<const char*>(node->ns->prefix) : "?";
    if (*prefix == '\0') return std::string(local);
    return std::string(prefix) + ":" + std::string(local);
  }
  return std::string(local);
}

std::string Text(const xmlNode* node) {
  XmlString content(xmlNodeGetContent(node));
  return Trimmed(View(content.get()));
}

std::string InnerXml(const xmlNode* node) {
  xmlBufferPtr buffer = xmlBufferCreate();
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    xmlNodeDump(buffer, node->doc, child, 0, 0);
  }
  std::string out = Trimmed(View(xmlBufferContent(buffer)));
  xmlBufferFree(buffer);
  return out;
}

std::string Attr(const xmlNode* node, const char* name) {
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      XmlString value(xmlNodeGetContent(reinterpret_cast<xmlNode*>(a)));
      return Trimmed(View(value.get()));
    }
  }
  return "";
}

std::string ResolveAgainst(std::string_view base, std::string_view relative) {
  std::string rel = Trimmed(relative);
  if (base.empty() || rel.empty()) return rel;
  std::string base_copy(base);
  XmlString built(xmlBuildURI(reinterpret_cast<const xmlChar*>(rel.c_str()),
                              reinterpret_cast<const xmlChar*>(base_copy.c_str())));
  return built ? std::string(View(built.get())) : rel;
}

std::string ResolveUrl(const xmlNode* node, std::string_view url) {
  XmlString base(xmlNodeGetBase(node->doc, node));
  return ResolveAgainst(View(base.get()), url);
}

}  // namespace lede::feed
