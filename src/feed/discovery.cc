// Feed discovery: <link rel="alternate" type="application/rss+xml" href=...>.
#include <string>

#include "extract/html_dom.h"
#include "feed/feed_fields.h"
#include "feed/xml_tree.h"
#include "lede/feed.h"

namespace lede {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasToken(const std::string& list, std::string_view token) {
  size_t pos = 0;
  while ((pos = list.find(token, pos)) != std::string::npos) {
    bool starts = pos == 0 || list[pos - 1] == ' ';
    bool ends = pos + token.size() == list.size() || list[pos + token.size()] == ' ';
    if (starts && ends) return true;
    pos += token.size();
  }
  return false;
}

bool IsFeedType(const std::string& type) {
  return type == "application/rss+xml" || type == "application/atom+xml" ||
         type == "application/feed+json" || type == "application/json" ||
         type == "application/rdf+xml" || type == "text/xml" || type == "application/xml";
}

}  // namespace

std::vector<std::string> DiscoverFeeds(std::string_view html, std::string_view page_url) {
  HtmlDom dom;
  std::vector<std::string> feeds;
  if (!dom.Parse(html).ok()) return feeds;
  std::string base(page_url);
  for (NodeId id = 0; id < dom.size(); ++id) {
    if (dom.IsElement(id) && dom.tag(id) == Tag::kBase && !dom.Attr(id, "href").empty()) {
      base = feed::ResolveAgainst(page_url, dom.Attr(id, "href"));
      break;
    }
  }
  for (NodeId id = 0; id < dom.size(); ++id) {
    if (!dom.IsElement(id) || (dom.tag(id) != Tag::kLink && dom.tag(id) != Tag::kA)) continue;
    const std::string rel = Lower(dom.Attr(id, "rel"));
    const std::string type = Lower(dom.Attr(id, "type"));
    const bool alternate_feed = HasToken(rel, "alternate") && IsFeedType(type);
    if (!alternate_feed && !(dom.tag(id) == Tag::kLink && HasToken(rel, "sitemap"))) continue;
    feed::AppendUnique(&feeds, feed::ResolveAgainst(base, dom.Attr(id, "href")));
  }
  return feeds;
}

}  // namespace lede
