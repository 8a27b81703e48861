// StoreReader::Events: events by type, country of their place and the date
// their article was published, newest first, with actor, target and place
// resolved to the store's entities.
#include <cctype>

#include "store/store_reader.h"

namespace lede {
namespace {

// The events' joins: from the matching events, or (kNewestArticlesFirst) from the
// articles in publication order, newest first, each with its events.
constexpr const char* kFromEvents = " FROM events ev JOIN articles a ON a.id = ev.article_id";
constexpr const char* kFromNewestArticles =
    " FROM articles a INDEXED BY articles_published CROSS JOIN events ev ON ev.article_id = a.id";
constexpr const char* kEventRoles =
    " LEFT JOIN entities ea ON ea.id = ev.actor_entity_id"
    " LEFT JOIN entities et ON et.id = ev.target_entity_id"
    " LEFT JOIN entities el ON el.id = ev.location_entity_id"
    " LEFT JOIN locations l ON l.entity_id = ev.location_entity_id ";

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// The role in columns [column, column + 1] (entity id, name), or none.
std::optional<EntityRef> ReadRole(const sqlite::Statement& row, int column) {
  if (row.IsNull(column) && row.Text(column + 1).empty()) return std::nullopt;
  return EntityRef{row.Int(column), row.Text(column + 1)};
}

EventRecord ReadEvent(const sqlite::Statement& row) {
  EventRecord e;
  e.id = row.Int(0);
  e.article_id = row.Int(1);
  e.article_title = row.Text(2);
  e.published = row.Text(3);
  e.type = row.Text(4);
  e.actor = ReadRole(row, 5);
  e.target = ReadRole(row, 7);
  if (!row.IsNull(9) || !row.Text(10).empty()) {
    EventPlace place{row.Int(9), row.Text(10), row.Text(11), std::nullopt, std::nullopt};
    if (!row.IsNull(12)) place.lat = row.Double(12);
    if (!row.IsNull(13)) place.lon = row.Double(13);
    e.location = place;
  }
  e.date = row.Text(14);
  e.trigger = {static_cast<uint32_t>(row.Int(15)), static_cast<uint32_t>(row.Int(16))};
  e.trigger_text = row.Text(17);
  e.sentence = {static_cast<uint32_t>(row.Int(18)), static_cast<uint32_t>(row.Int(19))};
  return e;
}

}  // namespace

Status SqliteReader::Events(const EventRequest& request, EventList* result) {
  *result = EventList();
  Status s = CheckPage(request.page, options_.max_page_size);
  if (s.ok()) s = CheckDateRange(request.from, request.to);
  if (!s.ok()) return s;
  SqlWhere where;
  // With dates, the articles of the range are fewer than the events of a type:
  // '+' keeps the planner off the type index.
  const bool dated = !request.from.empty() || !request.to.empty();
  if (!request.type.empty()) where.Add(dated ? "+ev.type = ?" : "ev.type = ?", {Upper(request.type)});
  if (!request.country.empty()) {
    std::string country = Upper(request.country);
    if (country.size() != 2 || !std::isalpha(static_cast<unsigned char>(country[0])) ||
        !std::isalpha(static_cast<unsigned char>(country[1]))) {
      return Status::InvalidArgument("country: '" + request.country + "' is not an ISO 3166-1 alpha-2 code");
    }
    where.Add("l.country = ?", {country});
  }
  AddPublishedRange("a.published", request.from, request.to, &where);
  // The total joins only what the filters need.
  std::string count_from = " FROM events ev";
  if (dated) count_from += " JOIN articles a ON a.id = ev.article_id";
  if (!request.country.empty()) count_from += " JOIN locations l ON l.entity_id = ev.location_entity_id";
  return InSnapshot([&](sqlite::Database* db) {
    Status s = QueryCount(db, "SELECT count(*)" + count_from + " " + where.Sql(), where.values(), &result->total);
    // A date range already drives the query from its articles, sorting only those.
    const bool walk = !dated && s.ok() && WalkNewestArticles(db, request.page, result->total, &s);
    if (s.ok()) {
      s = ForEachRow(db,
                     "SELECT ev.id, ev.article_id, a.title, a.published, ev.type, ev.actor_entity_id,"
                     " coalesce(ea.name, ev.actor), ev.target_entity_id, coalesce(et.name, ev.target),"
                     " ev.location_entity_id, coalesce(el.name, ev.location), l.country, l.lat, l.lon, ev.date,"
                     " ev.trigger_start, ev.trigger_end, ev.trigger_text, ev.sentence_start, ev.sentence_end" +
                         std::string(walk ? kFromNewestArticles : kFromEvents) + kEventRoles + where.Sql() + " ORDER BY a.published DESC, ev.id DESC LIMIT ? OFFSET ?",
                     WithPage(where.values(), request.page),
                     [result](const sqlite::Statement& row) { result->events.push_back(ReadEvent(row)); });
    }
    return s;
  });
}

}  // namespace lede
