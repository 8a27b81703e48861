#include "eval/html_text.h"

#include <libxml/HTMLparser.h>

#include <set>
#include <string>

namespace lede::eval {
namespace {

bool IsBlock(const char* name) {
  static const std::set<std::string, std::less<>> kBlocks = {
      "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
      "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"};
  return kBlocks.count(std::string_view(name)) > 0;
}

bool IsSkipped(const char* name) {
  const std::string_view n(name);
  return n == "script" || n == "style" || n == "noscript" || n == "template";
}

void AppendBreak(std::string* text) {
  if (text->empty()) return;
  while (!text->empty() && (text->back() == ' ' || text->back() == '\n')) text->pop_back();
  text->append("\n\n");
}

}  // namespace

std::string HtmlFragmentText(std::string_view html) {
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | XML_PARSE_HUGE);
  if (doc == nullptr) return {};
  std::string text;
  // Iterative pre-order walk; a block element adds a break before and after.
  xmlNodePtr root = xmlDocGetRootElement(doc);
  for (xmlNodePtr node = root; node != nullptr;) {
    const bool element = node->type == XML_ELEMENT_NODE;
    const char* name = reinterpret_cast<const char*>(node->name);
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      text.append(reinterpret_cast<const char*>(node->content));
    } else if (element && IsBlock(name)) {
      AppendBreak(&text);
    }
    if (element && !IsSkipped(name) && node->children != nullptr) {
      node = node->children;
      continue;
    }
    // Leave this node, and every ancestor whose last child it was.
    while (node != nullptr) {
      if (node->type == XML_ELEMENT_NODE && IsBlock(reinterpret_cast<const char*>(node->name))) {
        AppendBreak(&text);
      }
      if (node == root) {
        node = nullptr;
      } else if (node->next != nullptr) {
        node = node->next;
        break;
      } else {
        node = node->parent;
      }
    }
  }
  xmlFreeDoc(doc);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

}  // namespace lede::eval
