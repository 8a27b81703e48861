#include "store/query_json.h"

#include "store/store_json.h"
#include "util/json_writer.h"

namespace lede {
namespace {

using json = nlohmann::json;

json OrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json ValueCountsToJson(const std::vector<ValueCount>& counts, const char* key) {
  json out = json::array();
  for (const ValueCount& c : counts) out.push_back({{key, c.value}, {"count", c.count}});
  return out;
}

json EntityCountsToJson(const std::vector<EntityCount>& counts) {
  json out = json::array();
  for (const EntityCount& c : counts) {
    out.push_back({{"id", c.id}, {"name", c.name}, {"type", c.type}, {"count", c.count}});
  }
  return out;
}

json PlaceToJson(const PlaceInfo& p) {
  return {{"country", OrNull(p.country)}, {"admin1", OrNull(p.admin1)}, {"lat", p.lat}, {"lon", p.lon},
          {"geonames_id", p.geonames_id == 0 ? json(nullptr) : json(p.geonames_id)}, {"kind", OrNull(p.kind)}};
}

json ArticleRefToJson(const ArticleRef& a, bool with_url) {
  json out = {{"id", a.id}, {"title", OrNull(a.title)}, {"published", OrNull(a.published)}, {"source", OrNull(a.source)}};
  if (with_url) out["url"] = OrNull(a.url);
  return out;
}

json ListToJson(const std::vector<ArticleRef>& articles, bool with_url) {
  json out = json::array();
  for (const ArticleRef& a : articles) out.push_back(ArticleRefToJson(a, with_url));
  return out;
}

json QuotesToJson(const std::vector<QuoteRecord>& quotes) {
  json out = json::array();
  for (const QuoteRecord& q : quotes) out.push_back(QuoteToJson(q));
  return out;
}

json RoleToJson(const std::optional<EntityRef>& role) {
  if (!role) return nullptr;
  return {{"entity", role->id == 0 ? json(nullptr) : json(role->id)}, {"name", role->name}};
}

template <typename T, typename F>
json MapArray(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const T& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace

json SearchResultToJson(const std::string& query, const SearchResult& result) {
  const SearchFacets& f = result.facets;
  return {{"query", query},
          {"total", result.total},
          {"hits", MapArray(result.hits, SearchHitToJson)},
          {"facets",
           {{"sources", ValueCountsToJson(f.sources, "value")},
            {"entities", EntityCountsToJson(f.entities)},
            {"themes", ValueCountsToJson(f.themes, "value")},
            {"events", ValueCountsToJson(f.events, "value")},
            {"dates", ValueCountsToJson(f.dates, "date")}}},
          {"facets_sampled", result.facets_sampled}};
}

namespace {

// Members in nlohmann's key order (sorted), as the functions above build them.
void WriteValueCounts(const std::vector<ValueCount>& counts, const char* key, JsonWriter* w) {
  w->BeginArray();
  for (const ValueCount& c : counts) {
    w->BeginObject();
    w->Key("count");
    w->Uint(c.count);
    w->Key(key);
    w->String(c.value);
    w->EndObject();
  }
  w->EndArray();
}

void WriteEntityCounts(const std::vector<EntityCount>& counts, JsonWriter* w) {
  w->BeginArray();
  for (const EntityCount& c : counts) {
    w->BeginObject();
    w->Key("count");
    w->Uint(c.count);
    w->Key("id");
    w->Int(c.id);
    w->Key("name");
    w->String(c.name);
    w->Key("type");
    w->String(c.type);
    w->EndObject();
  }
  w->EndArray();
}

void WriteHit(const SearchHit& hit, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->Int(hit.id);
  w->Key("published");
  w->StringOrNull(hit.published);
  w->Key("score");
  w->Double(hit.score);
  w->Key("snippet");
  w->StringOrNull(hit.snippet);
  w->Key("source");
  w->StringOrNull(hit.source);
  w->Key("title");
  w->StringOrNull(hit.title);
  w->Key("url");
  w->StringOrNull(hit.url);
  w->EndObject();
}

}  // namespace

std::string SearchResultJsonText(const std::string& query, const SearchResult& result) {
  const SearchFacets& f = result.facets;
  JsonWriter w(4096 +
               512 * result.hits.size());  // ~400 bytes a hit, ~2 KB of facets on the demo store
  w.BeginObject();
  w.Key("facets");
  w.BeginObject();
  w.Key("dates");
  WriteValueCounts(f.dates, "date", &w);
  w.Key("entities");
  WriteEntityCounts(f.entities, &w);
  w.Key("events");
  WriteValueCounts(f.events, "value", &w);
  w.Key("sources");
  WriteValueCounts(f.sources, "value", &w);
  w.Key("themes");
  WriteValueCounts(f.themes, "value", &w);
  w.EndObject();
  w.Key("facets_sampled");
  w.Bool(result.facets_sampled);
  w.Key("hits");
  w.BeginArray();
  for (const SearchHit& hit : result.hits) WriteHit(hit, &w);
  w.EndArray();
  w.Key("query");
  w.String(query);
  w.Key("total");
  w.Uint(result.total);
  w.EndObject();
  return std::move(w).Take();
}

json EntitySummaryToJson(const EntitySummary& e) {
  return {{"id", e.id}, {"type", e.type}, {"name", e.name}, {"mentions", e.mentions}, {"articles", e.articles}};
}

json EntityListToJson(const EntityList& list) {
  return {{"total", list.total}, {"entities", MapArray(list.entities, EntitySummaryToJson)}};
}

json EntityPageToJson(const EntityPage& page) {
  json out = EntitySummaryToJson(page.entity);
  out["article_count"] = page.entity.articles;  // "articles" is the list below
  out["location"] = page.location ? PlaceToJson(*page.location) : json(nullptr);
  out["timeline"] = ValueCountsToJson(page.timeline, "date");
  out["co_mentioned"] = EntityCountsToJson(page.co_mentioned);
  out["quotes_by"] = QuotesToJson(page.quotes_by);
  out["quotes_about"] = QuotesToJson(page.quotes_about);
  out["articles"] = ListToJson(page.articles, false);
  return out;
}

json QuoteToJson(const QuoteRecord& q) {
  json speaker = q.speaker ? json{{"id", q.speaker->id}, {"name", q.speaker->name}} : json(nullptr);
  return {{"id", q.id},           {"article_id", q.article_id},     {"article_title", OrNull(q.article_title)},
          {"published", OrNull(q.published)}, {"text", q.text},     {"start", q.start},
          {"end", q.end},         {"speaker", speaker},             {"speaker_name", OrNull(q.speaker_name)},
          {"partial", q.partial}};
}

json QuoteListToJson(const QuoteList& list) { return {{"total", list.total}, {"quotes", QuotesToJson(list.quotes)}}; }

json EventToJson(const EventRecord& e) {
  json location = nullptr;
  if (e.location) {
    const EventPlace& p = *e.location;
    location = {{"entity", p.entity_id == 0 ? json(nullptr) : json(p.entity_id)},
                {"name", p.name},
                {"country", OrNull(p.country)},
                {"lat", p.lat ? json(*p.lat) : json(nullptr)},
                {"lon", p.lon ? json(*p.lon) : json(nullptr)}};
  }
  return {{"id", e.id},
          {"article_id", e.article_id},
          {"article_title", OrNull(e.article_title)},
          {"published", OrNull(e.published)},
          {"type", e.type},
          {"actor", RoleToJson(e.actor)},
          {"target", RoleToJson(e.target)},
          {"location", location},
          {"date", OrNull(e.date)},
          {"trigger", {{"start", e.trigger.start}, {"end", e.trigger.end}, {"text", e.trigger_text}}},
          {"sentence", {{"start", e.sentence.start}, {"end", e.sentence.end}}}};
}

json EventListToJson(const EventList& list) {
  return {{"total", list.total}, {"events", MapArray(list.events, EventToJson)}};
}

json StorySummaryToJson(const StorySummary& s) {
  return {{"id", s.id},
          {"label", OrNull(s.label)},
          {"first_seen", OrNull(s.first_seen)},
          {"last_seen", OrNull(s.last_seen)},
          {"articles", s.articles},
          {"outlets", s.outlets}};
}

json StoryListToJson(const StoryList& list) {
  return {{"total", list.total}, {"stories", MapArray(list.stories, StorySummaryToJson)}};
}

json StoryPageToJson(const StoryPage& page) {
  json out = StorySummaryToJson(page.story);
  out["articles"] = ListToJson(page.articles, true);
  return out;
}

json MapPlaceToJson(const MapPlace& p) {
  json out = {{"entity_id", p.entity_id}, {"name", p.name}};
  out.update(PlaceToJson(p.place));
  out["count"] = p.count;
  return out;
}

json MapToJson(const std::vector<MapPlace>& places) { return {{"places", MapArray(places, MapPlaceToJson)}}; }

}  // namespace lede
