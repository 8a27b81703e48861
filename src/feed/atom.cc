// Atom 1.0 (RFC 4287) and Atom 0.3, whose renamed elements (tagline, issued,
// modified, copyright) map onto the same fields.
#include <cstdlib>
#include <string>

#include "feed/feed_fields.h"
#include "feed/xml_formats.h"
#include "feed/xml_tree.h"

namespace lede::feed {
namespace {

// The element's local name within Atom ("title" for atom:title); "" for other
// namespaces, so that dc:title and the like are not taken for Atom elements.
std::string AtomName(const xmlNode* node) {
  std::string key = Key(node);
  if (key.rfind("atom:", 0) == 0) return key.substr(5);
  return key.find(':') == std::string::npos ? key : "";
}

// Text constructs: type="xhtml" holds markup as elements; text and html as text.
std::string AtomText(const xmlNode* node) {
  std::string type = Attr(node, "type");
  if (type == "xhtml" || type == "application/xhtml+xml") return InnerXml(node);
  return Text(node);
}

// A category's human-readable label, else its term.
std::string CategoryName(const xmlNode* node) {
  std::string label = Attr(node, "label");
  return label.empty() ? Attr(node, "term") : label;
}

// "Name vVERSION URI", as much of it as the generator element gives.
std::string GeneratorName(const xmlNode* node) {
  std::string name = Text(node), version = Attr(node, "version"), uri = Attr(node, "uri");
  if (uri.empty()) uri = Attr(node, "url");  // Atom 0.3
  if (!version.empty()) name += " v" + version;
  if (!uri.empty()) name += " " + uri;
  return name;
}

FeedPerson ReadPerson(const xmlNode* node) {
  FeedPerson person;
  for (const xmlNode* c : Children(node)) {
    std::string name = AtomName(c);
    if (name == "name") person.name = Text(c);
    if (name == "email") person.email = Text(c);
  }
  if (person.name.empty() && person.email.empty()) person = ParsePerson(Text(node));
  return person;
}

// A link: rel defaults to "alternate"; the href resolves against xml:base.
struct AtomLink {
  std::string href, rel, type;
  uint64_t length = 0;
};

AtomLink ReadLink(const xmlNode* node) {
  AtomLink link{ResolveUrl(node, Attr(node, "href")), Attr(node, "rel"), Attr(node, "type"),
                std::strtoull(Attr(node, "length").c_str(), nullptr, 10)};
  if (link.rel.empty()) link.rel = "alternate";
  if (link.href.empty()) link.href = ResolveUrl(node, Text(node));
  return link;
}

void ReadEntry(const xmlNode* entry, FeedItem* item) {
  for (const xmlNode* c : Children(entry)) {
    const std::string name = AtomName(c);
    const std::string key = Key(c);
    if (name == "title") {
      item->title = AtomText(c);
    } else if (name == "link") {
      AtomLink link = ReadLink(c);
      if (link.rel == "enclosure") {
        item->enclosures.push_back({link.href, link.type, link.length});
      } else {
        if (link.rel == "alternate") SetIfEmpty(&item->link, link.href);
        AppendUnique(&item->links, link.href);
      }
    } else if (name == "id") {
      item->guid = Text(c);
    } else if (name == "summary") {
      item->description = AtomText(c);
    } else if (name == "content") {
      item->content = AtomText(c);
    } else if (name == "published" || name == "issued") {
      SetDate(Text(c), &item->published, &item->published_utc);
    } else if (name == "updated" || name == "modified") {
      SetDate(Text(c), &item->updated, &item->updated_utc);
    } else if (name == "author") {
      item->authors.push_back(ReadPerson(c));
    } else if (name == "category") {
      AppendUnique(&item->categories, CategoryName(c));
    } else if (key == "dc:creator") {
      item->authors.push_back(ParsePerson(Text(c)));
    } else if (key == "media:thumbnail" || key == "media:content") {
      SetIfEmpty(&item->image, ResolveUrl(c, Attr(c, "url")));
    }
  }
  if (item->link.empty() && !item->links.empty()) item->link = item->links.front();
  if (item->published.empty()) SetDate(item->updated, &item->published, &item->published_utc);
  if (item->image.empty()) item->image = FirstImageSrc(item->content);
  if (item->image.empty()) item->image = FirstImageSrc(item->description);
}

}  // namespace

bool ReadAtom(const xmlNode* root, size_t max_items, Feed* feed) {
  if (AtomName(root) != "feed") return false;
  feed->type = FeedType::kAtom;
  const bool atom03 = root->ns && std::string_view(reinterpret_cast<const char*>(root->ns->href)) ==
                                      "http://purl.org/atom/ns#";
  feed->version = atom03 ? "0.3" : "1.0";
  std::string lang = Attr(root, "lang");  // xml:lang
  feed->language = lang;
  for (const xmlNode* c : Children(root)) {
    const std::string name = AtomName(c);
    if (name == "title") {
      feed->title = AtomText(c);
    } else if (name == "subtitle" || name == "tagline") {
      feed->description = AtomText(c);
    } else if (name == "link") {
      AtomLink link = ReadLink(c);
      if (link.rel == "self") {
        feed->feed_link = link.href;
      } else if (link.rel == "alternate") {
        SetIfEmpty(&feed->link, link.href);
      }
      AppendUnique(&feed->links, link.href);
    } else if (name == "updated" || name == "modified") {
      SetDate(Text(c), &feed->updated, &feed->updated_utc);
    } else if (name == "published" || name == "issued") {
      SetDate(Text(c), &feed->published, &feed->published_utc);
    } else if (name == "author") {
      feed->authors.push_back(ReadPerson(c));
    } else if (name == "category") {
      AppendUnique(&feed->categories, CategoryName(c));
    } else if (name == "rights" || name == "copyright") {
      feed->copyright = AtomText(c);
    } else if (name == "generator") {
      feed->generator = GeneratorName(c);
    } else if (name == "logo" || name == "icon") {
      if (name == "logo" || feed->image.empty()) feed->image = ResolveUrl(c, Text(c));
    } else if (name == "entry" && RoomForItem(*feed, max_items)) {
      ReadEntry(c, &feed->items.emplace_back());
    }
  }
  if (feed->link.empty() && !feed->links.empty()) feed->link = feed->links.front();
  return true;
}

}  // namespace lede::feed
