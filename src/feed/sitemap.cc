// XML sitemaps (sitemaps.org 0.9): urlset and sitemapindex, with the Google
// News and image extensions. Sitemaps in another namespace (Google's old 0.84)
// or none at all are read too: the element names decide.
#include <string>

#include "feed/feed_fields.h"
#include "feed/xml_formats.h"
#include "feed/xml_tree.h"

namespace lede::feed {
namespace {

void ReadNews(const xmlNode* news, FeedItem* item) {
  for (const xmlNode* c : Children(news)) {
    const std::string key = Key(c);
    if (key == "news:title") {
      item->title = Text(c);
    } else if (key == "news:publication_date") {
      item->published.clear();  // the news date wins over lastmod
      SetDate(Text(c), &item->published, &item->published_utc);
    } else if (key == "news:keywords") {
      AppendUnique(&item->categories, Text(c));
    } else if (key == "news:publication") {
      for (const xmlNode* p : Children(c)) {
        if (Key(p) == "news:language") item->language = Text(p);
        if (Key(p) == "news:name") item->authors.push_back({Text(p), ""});
      }
    }
  }
}

void ReadUrl(const xmlNode* url, FeedItem* item) {
  for (const xmlNode* c : Children(url)) {
    const std::string key = Key(c);
    if (key == "loc") {
      item->link = ResolveUrl(c, Text(c));
      item->links.push_back(item->link);
    } else if (key == "lastmod") {
      SetDate(Text(c), &item->updated, &item->updated_utc);
    } else if (key == "news:news") {
      ReadNews(c, item);
    } else if (key == "image:image") {
      for (const xmlNode* i : Children(c)) {
        if (Key(i) == "image:loc") SetIfEmpty(&item->image, ResolveUrl(i, Text(i)));
      }
    }
  }
  if (item->link.empty()) {  // <sitemap>URL</sitemap> without <loc>: read leniently
    item->link = ResolveUrl(url, Text(url));
    AppendUnique(&item->links, item->link);
  }
  if (item->published.empty()) SetDate(item->updated, &item->published, &item->published_utc);
}

}  // namespace

bool ReadSitemap(const xmlNode* root, size_t max_items, Feed* feed) {
  const std::string key = Key(root);
  const std::string local = key.substr(key.find(':') + 1);
  if (local != "urlset" && local != "sitemapindex") return false;
  feed->type = local == "urlset" ? FeedType::kSitemap : FeedType::kSitemapIndex;
  const char* entry = local == "urlset" ? "url" : "sitemap";
  for (const xmlNode* c : Children(root)) {
    std::string child = Key(c);
    if (child.substr(child.find(':') + 1) != entry || !RoomForItem(*feed, max_items)) continue;
    FeedItem item;
    ReadUrl(c, &item);
    if (!item.link.empty()) feed->items.push_back(std::move(item));
  }
  return true;
}

}  // namespace lede::feed
