// RSS 0.9x, 1.0 (RDF) and 2.0, with the dc:, content:, atom:, media: and
// itunes: elements feeds mix into them.
#include <cstdlib>
#include <string>

#include "feed/feed_fields.h"
#include "feed/xml_formats.h"
#include "feed/xml_tree.h"

namespace lede::feed {
namespace {

// atom:link inside RSS: rel=self is the feed's own URL, others are links.
void ReadAtomLinkInRss(const xmlNode* node, Feed* feed) {
  std::string href = ResolveUrl(node, Attr(node, "href"));
  std::string rel = Attr(node, "rel");
  if (rel == "self") SetIfEmpty(&feed->feed_link, href);
  AppendUnique(&feed->links, href);
}

FeedPerson ReadAtomPerson(const xmlNode* node) {
  FeedPerson person;
  for (const xmlNode* c : Children(node)) {
    std::string key = Key(c);
    if (key == "atom:name" || key == "name") person.name = Text(c);
    if (key == "atom:email" || key == "email") person.email = Text(c);
  }
  return person;
}

void ReadMedia(const xmlNode* node, std::string* image) {
  std::string medium = Attr(node, "medium"), type = Attr(node, "type");
  if (medium == "image" || type.rfind("image/", 0) == 0 || Key(node) == "media:thumbnail")
    SetIfEmpty(image, ResolveUrl(node, Attr(node, "url")));
}

void ReadItem(const xmlNode* node, FeedItem* item) {
  std::string itunes_author;
  for (const xmlNode* c : Children(node)) {
    const std::string key = Key(c);
    if (key == "title" || (key == "dc:title" && item->title.empty())) {
      item->title = Text(c);
    } else if (key == "link") {
      std::string link = ResolveUrl(c, Text(c));
      SetIfEmpty(&item->link, link);
      AppendUnique(&item->links, link);
    } else if (key == "atom:link") {
      std::string href = ResolveUrl(c, Attr(c, "href"));
      std::string rel = Attr(c, "rel");
      if (rel == "enclosure") {
        item->enclosures.push_back(
            {href, Attr(c, "type"), std::strtoull(Attr(c, "length").c_str(), nullptr, 10)});
      } else {
        AppendUnique(&item->links, href);
      }
    } else if (key == "guid" || key == "atom:id") {
      SetIfEmpty(&item->guid, Text(c));
    } else if (key == "description" || key == "atom:summary" || key == "dc:description") {
      SetIfEmpty(&item->description, Text(c));
    } else if (key == "content:encoded" || key == "atom:content") {
      SetIfEmpty(&item->content, Text(c));
    } else if (key == "pubDate" || key == "dc:date" || key == "atom:published" ||
               key == "dcterms:issued") {
      SetDate(Text(c), &item->published, &item->published_utc);
    } else if (key == "atom:updated" || key == "dcterms:modified") {
      SetDate(Text(c), &item->updated, &item->updated_utc);
    } else if (key == "author" || key == "dc:creator") {
      item->authors.push_back(ParsePerson(Text(c)));
    } else if (key == "atom:author") {
      item->authors.push_back(ReadAtomPerson(c));
    } else if (key == "itunes:author") {
      itunes_author = Text(c);
    } else if (key == "category" || key == "dc:subject") {
      AppendUnique(&item->categories, Text(c));
    } else if (key == "enclosure") {
      item->enclosures.push_back({ResolveUrl(c, Attr(c, "url")), Attr(c, "type"),
                                  std::strtoull(Attr(c, "length").c_str(), nullptr, 10)});
    } else if (key == "media:content" || key == "media:thumbnail") {
      ReadMedia(c, &item->image);
    } else if (key == "media:group") {
      for (const xmlNode* m : Children(c)) ReadMedia(m, &item->image);
    }
  }
  if (item->authors.empty() && !itunes_author.empty())
    item->authors.push_back(ParsePerson(itunes_author));
  if (item->image.empty()) item->image = FirstImageSrc(item->content);
  if (item->image.empty()) item->image = FirstImageSrc(item->description);
  if (item->published.empty()) SetDate(item->updated, &item->published, &item->published_utc);
}

void ReadImage(const xmlNode* node, Feed* feed) {
  for (const xmlNode* c : Children(node)) {
    if (Key(c) == "url") SetIfEmpty(&feed->image, ResolveUrl(c, Text(c)));
  }
  SetIfEmpty(&feed->image, ResolveUrl(node, Attr(node, "resource")));
}

void ReadChannel(const xmlNode* channel, size_t max_items, Feed* feed) {
  std::string itunes_author;
  for (const xmlNode* c : Children(channel)) {
    const std::string key = Key(c);
    if (key == "title" || (key == "dc:title" && feed->title.empty())) {
      feed->title = Text(c);
    } else if (key == "link") {
      std::string link = ResolveUrl(c, Text(c));
      SetIfEmpty(&feed->link, link);
      AppendUnique(&feed->links, link);
    } else if (key == "atom:link") {
      ReadAtomLinkInRss(c, feed);
    } else if (key == "description" || key == "dc:description") {
      SetIfEmpty(&feed->description, Text(c));
    } else if (key == "itunes:subtitle" || key == "itunes:summary") {
      if (feed->description.empty()) feed->description = Text(c);
    } else if (key == "language" || key == "dc:language") {
      SetIfEmpty(&feed->language, Text(c));
    } else if (key == "copyright" || key == "dc:rights") {
      SetIfEmpty(&feed->copyright, Text(c));
    } else if (key == "generator") {
      feed->generator = Text(c);
    } else if (key == "managingEditor" || key == "webMaster" || key == "dc:creator" ||
               key == "dc:author") {
      if (feed->authors.empty()) feed->authors.push_back(ParsePerson(Text(c)));
    } else if (key == "itunes:author") {
      itunes_author = Text(c);
    } else if (key == "pubDate") {
      SetDate(Text(c), &feed->published, &feed->published_utc);
    } else if (key == "lastBuildDate" || key == "atom:updated" || key == "dc:date") {
      SetDate(Text(c), &feed->updated, &feed->updated_utc);
    } else if (key == "category" || key == "dc:subject" || key == "itunes:category") {
      AppendUnique(&feed->categories, key == "itunes:category" ? Attr(c, "text") : Text(c));
    } else if (key == "image") {
      ReadImage(c, feed);
    } else if (key == "media:content" || key == "media:thumbnail") {
      ReadMedia(c, &feed->image);
    } else if (key == "itunes:image") {
      SetIfEmpty(&feed->image, ResolveUrl(c, Attr(c, "href")));
    } else if (key == "ttl") {
      feed->ttl_minutes = static_cast<uint32_t>(std::strtoul(Text(c).c_str(), nullptr, 10));
    } else if (key == "item" && RoomForItem(*feed, max_items)) {
      ReadItem(c, &feed->items.emplace_back());
    }
  }
  if (feed->authors.empty() && !itunes_author.empty())
    feed->authors.push_back(ParsePerson(itunes_author));
  if (feed->image.empty()) feed->image = FirstImageSrc(feed->description);
}

}  // namespace

bool ReadRss(const xmlNode* root, size_t max_items, Feed* feed) {
  const std::string key = Key(root);
  if (key != "rss" && key != "rdf:RDF" && key != "RDF") return false;
  feed->type = FeedType::kRss;
  if (key == "rss") {
    feed->version = Attr(root, "version");
    if (feed->version.empty()) feed->version = "2.0";
  } else {
    feed->version = "1.0";
    for (const xmlNode* c : Children(root)) {
      if (c->ns && std::string_view(reinterpret_cast<const char*>(c->ns->href)).find("netscape") !=
                       std::string_view::npos)
        feed->version = "0.90";
    }
  }
  for (const xmlNode* c : Children(root)) {
    const std::string child = Key(c);
    if (child == "channel") {
      ReadChannel(c, max_items, feed);
    } else if (child == "item" && RoomForItem(*feed, max_items)) {  // RDF: items beside the channel
      ReadItem(c, &feed->items.emplace_back());
    } else if (child == "image") {
      ReadImage(c, feed);
    }
  }
  return true;
}

}  // namespace lede::feed
