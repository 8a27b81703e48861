// The XML feed formats, each read from a parsed tree into a Feed.
#ifndef LEDE_FEED_XML_FORMATS_H_
#define LEDE_FEED_XML_FORMATS_H_

#include <libxml/tree.h>

#include <cstddef>

#include "lede/feed.h"

namespace lede::feed {

// Each returns false when `root` is not its format's root element; otherwise
// fills *feed (type, version, fields, at most max_items items; 0 = no limit).
bool ReadRss(const xmlNode* root, size_t max_items, Feed* feed);      // rss, rdf:RDF
bool ReadAtom(const xmlNode* root, size_t max_items, Feed* feed);     // atom:feed (0.3, 1.0)
bool ReadSitemap(const xmlNode* root, size_t max_items, Feed* feed);  // urlset, sitemapindex

// True when max_items (0 = no limit) allows one more item.
inline bool RoomForItem(const Feed& feed, size_t max_items) {
  return max_items == 0 || feed.items.size() < max_items;
}

}  // namespace lede::feed

#endif  // LEDE_FEED_XML_FORMATS_H_
