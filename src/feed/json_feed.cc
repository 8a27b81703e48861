#include "feed/json_feed.h"

#include <nlohmann/json.hpp>
#include <string>

#include "feed/feed_fields.h"
#include "feed/xml_formats.h"
#include "feed/xml_tree.h"

namespace lede::feed {
namespace {

using nlohmann::json;

std::string Str(const json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// 1.1 "authors" array, or 1.0 "author" object.
std::vector<FeedPerson> ReadAuthors(const json& object) {
  std::vector<FeedPerson> people;
  auto add = [&](const json& a) {
    if (a.is_object()) people.push_back({Str(a, "name"), ""});
  };
  if (auto it = object.find("authors"); it != object.end() && it->is_array()) {
    for (const json& a : *it) add(a);
  } else if (auto one = object.find("author"); one != object.end()) {
    add(*one);
  }
  return people;
}

FeedItem ReadItem(const json& j, const std::string& base) {
  FeedItem item;
  item.guid = j.contains("id") && j["id"].is_number() ? j["id"].dump() : Str(j, "id");
  item.link = ResolveAgainst(base, Str(j, "url"));
  AppendUnique(&item.links, item.link);
  AppendUnique(&item.links, ResolveAgainst(base, Str(j, "external_url")));
  if (item.link.empty() && !item.links.empty()) item.link = item.links.front();
  item.title = Str(j, "title");
  item.content = Str(j, "content_html");
  if (item.content.empty()) item.content = Str(j, "content_text");
  item.description = Str(j, "summary");
  SetDate(Str(j, "date_published"), &item.published, &item.published_utc);
  SetDate(Str(j, "date_modified"), &item.updated, &item.updated_utc);
  item.authors = ReadAuthors(j);
  if (auto tags = j.find("tags"); tags != j.end() && tags->is_array()) {
    for (const json& t : *tags) {
      if (t.is_string()) AppendUnique(&item.categories, t.get<std::string>());
    }
  }
  item.image = ResolveAgainst(base, Str(j, "image"));
  if (item.image.empty()) item.image = ResolveAgainst(base, Str(j, "banner_image"));
  if (auto att = j.find("attachments"); att != j.end() && att->is_array()) {
    for (const json& a : *att) {
      if (!a.is_object()) continue;
      uint64_t length = a.contains("size_in_bytes") && a["size_in_bytes"].is_number_unsigned()
                            ? a["size_in_bytes"].get<uint64_t>()
                            : 0;
      item.enclosures.push_back({ResolveAgainst(base, Str(a, "url")), Str(a, "mime_type"), length});
    }
  }
  return item;
}

}  // namespace

Status ReadJsonFeed(std::string_view bytes, const FeedParseOptions& options, Feed* feed) {
  json j = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corruption("invalid JSON");
  const std::string version = j.is_object() ? Str(j, "version") : "";
  const bool has_items = j.is_object() && j.contains("items") && j["items"].is_array();
  if (version.find("jsonfeed.org/version/") == std::string::npos && !has_items) {
    return Status::Corruption("JSON but not a JSON Feed (no jsonfeed.org version, no items)");
  }
  feed->type = FeedType::kJson;
  feed->version = version.substr(version.rfind('/') + 1);
  feed->title = Str(j, "title");
  feed->link = ResolveAgainst(options.base_url, Str(j, "home_page_url"));
  AppendUnique(&feed->links, feed->link);
  feed->feed_link = ResolveAgainst(options.base_url, Str(j, "feed_url"));
  feed->description = Str(j, "description");
  feed->language = Str(j, "language");
  feed->image = ResolveAgainst(options.base_url, Str(j, "icon"));
  feed->authors = ReadAuthors(j);
  if (auto items = j.find("items"); items != j.end() && items->is_array()) {
    for (const json& item : *items) {
      if (!item.is_object() || !RoomForItem(*feed, options.max_items)) continue;
      feed->items.push_back(ReadItem(item, options.base_url));
    }
  }
  return Status::OK();
}

}  // namespace lede::feed
