#include "server/api.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "server/json_response.h"
#include "store/query_json.h"
#include "store/store_json.h"

namespace lede::server {
namespace {

const std::vector<std::string> kEntityTypes = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

// Sets *page from `limit` (default `fallback`, 1..max) and `offset` (default 0).
Status GetPage(const QueryParams& params, PageRequest* page, int64_t fallback = 20,
               int64_t max = kMaxPageSize) {
  int64_t limit = 0, offset = 0;
  Status s = params.GetInt("limit", fallback, 1, max, &limit);
  if (s.ok()) s = params.GetInt("offset", 0, 0, INT32_MAX, &offset);
  page->limit = static_cast<uint32_t>(limit);
  page->offset = static_cast<uint32_t>(offset);
  return s;
}

// Sets *from and *to from the `from` and `to` dates.
Status GetDates(const QueryParams& params, std::string* from, std::string* to) {
  Status s = params.GetDate("from", from);
  return s.ok() ? params.GetDate("to", to) : s;
}

// Sets *country from `country`: two ASCII letters, upper-cased ("" if absent).
Status GetCountry(const QueryParams& params, std::string* country) {
  *country = params.Get("country");
  bool letters = std::all_of(country->begin(), country->end(),
                             [](unsigned char c) { return std::isalpha(c); });
  if (!country->empty() && (country->size() != 2 || !letters)) {
    return Status::InvalidArgument("parameter 'country' ('" + *country +
                                   "'): expected an ISO 3166-1 alpha-2 code (MA, US, ...)");
  }
  for (char& c : *country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return Status::OK();
}

// Answers `to_json(result)` when `s` (the parse, then the query) went well.
template <typename Result, typename ToJson>
Response Answer(const Request& request, const Status& s, const Result& result, ToJson to_json) {
  if (!s.ok()) return StatusResponse(request, s);
  return JsonResponse(request, http::status::ok, to_json(result));
}

Response Search(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  const QueryParams& params = args.params;
  ArticleSearch search;
  search.query = params.Get("q");
  search.lang = params.Get("lang");
  search.source = params.Get("source");
  search.theme = params.Get("theme");
  search.event = params.Get("event");
  int64_t entity = 0;
  Status s = GetDates(params, &search.from, &search.to);
  if (s.ok()) s = GetPage(params, &search.page);
  if (s.ok()) s = params.GetInt("entity", 0, 1, INT64_MAX, &entity);
  if (entity > 0) search.entities.push_back(entity);
  int64_t facet_matches = 0;
  if (s.ok()) s = params.GetInt("facet_matches", search.facet_matches, 0, UINT32_MAX, &facet_matches);
  search.facet_matches = static_cast<uint32_t>(facet_matches);
  SearchResult result;
  if (s.ok()) s = sources.reader->Search(search, &result);
  if (!s.ok()) return StatusResponse(request, s);
  return JsonTextResponse(request, http::status::ok, SearchResultJsonText(search.query, result));
}

// The stored article (StoredToJson) with its story: {"id", "label"} or null.
Response Article(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  StoredArticle stored;
  Status s = sources.stores->Acquire()->Get(args.id, &stored);
  std::optional<StoryRef> story;
  if (s.ok()) s = sources.reader->ArticleStory(args.id, &story);
  return Answer(request, s, stored, [&story](const StoredArticle& article) {
    nlohmann::json j = StoredToJson(article);
    j["story"] = story ? nlohmann::json{{"id", story->id}, {"label", story->label}} : nlohmann::json();
    return j;
  });
}

Response Stats(const ApiSources& sources, const Request& request, const RouteArgs&) {
  StoreStats stats;
  Status s = sources.stores->Acquire()->Stats(&stats);
  return Answer(request, s, stats, StoreStatsToJson);
}

Response Entities(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  EntityListRequest list;
  list.prefix = args.params.Get("q");
  Status s = args.params.GetChoice("type", kEntityTypes, &list.type);
  if (s.ok()) s = GetPage(args.params, &list.page);
  EntityList result;
  if (s.ok()) s = sources.reader->Entities(list, &result);
  return Answer(request, s, result, EntityListToJson);
}

Response Entity(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  EntityPage page;
  Status s = sources.reader->Entity(args.id, &page);
  return Answer(request, s, page, EntityPageToJson);
}

Response Quotes(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  QuoteRequest quotes;
  quotes.query = args.params.Get("q");
  const std::string& speaker = args.params.Get("speaker");
  bool is_id = !speaker.empty() && std::all_of(speaker.begin(), speaker.end(), ::isdigit);
  Status s =
      is_id ? args.params.GetInt("speaker", 0, 1, INT64_MAX, &quotes.speaker_id) : Status::OK();
  if (!is_id) quotes.speaker_name = speaker;
  if (s.ok()) s = GetPage(args.params, &quotes.page);
  QuoteList result;
  if (s.ok()) s = sources.reader->Quotes(quotes, &result);
  return Answer(request, s, result, QuoteListToJson);
}

Response Events(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  EventRequest events;
  events.type = args.params.Get("type");
  Status s = GetCountry(args.params, &events.country);
  if (s.ok()) s = GetDates(args.params, &events.from, &events.to);
  if (s.ok()) s = GetPage(args.params, &events.page);
  EventList result;
  if (s.ok()) s = sources.reader->Events(events, &result);
  return Answer(request, s, result, EventListToJson);
}

Response Stories(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  StoryRequest stories;
  Status s = GetDates(args.params, &stories.from, &stories.to);
  if (s.ok()) s = GetPage(args.params, &stories.page);
  StoryList result;
  if (s.ok()) s = sources.reader->Stories(stories, &result);
  return Answer(request, s, result, StoryListToJson);
}

Response Story(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  StoryPage page;
  Status s = sources.reader->Story(args.id, &page);
  return Answer(request, s, page, StoryPageToJson);
}

Response Map(const ApiSources& sources, const Request& request, const RouteArgs& args) {
  MapRequest map;
  map.query = args.params.Get("q");
  Status s = GetDates(args.params, &map.from, &map.to);
  if (s.ok()) s = GetPage(args.params, &map.page, 500, sources.max_map_places);
  std::vector<MapPlace> places;
  if (s.ok()) s = sources.reader->Map(map, &places);
  return Answer(request, s, places, MapToJson);
}

Response OpenApi(const Request& request, const RouteArgs&) {
  Response response{http::status::ok, request.version()};
  response.set(http::field::content_type, "application/json; charset=utf-8");
  response.keep_alive(request.keep_alive());
  response.body() = OpenApiDocument();
  response.prepare_payload();
  return response;
}

}  // namespace

void AddApiRoutes(const ApiSources& sources, Router* router) {
  // A cacheable route whose handler reads from `sources` (copied into the route).
  auto add = [&sources, router](std::string pattern, std::vector<std::string> params,
                                Response (*handler)(const ApiSources&, const Request&,
                                                    const RouteArgs&)) {
    auto read = [sources, handler](const Request& request, const RouteArgs& args) {
      return handler(sources, request, args);
    };
    router->Add({std::move(pattern), std::move(params), read, /*cacheable=*/true});
  };
  add("/api/search",
      {"q", "from", "to", "lang", "source", "entity", "theme", "event", "limit", "offset", "facet_matches"}, Search);
  add("/api/articles/{id}", {}, Article);
  add("/api/entities", {"q", "type", "limit", "offset"}, Entities);
  add("/api/entities/{id}", {}, Entity);
  add("/api/quotes", {"speaker", "q", "limit", "offset"}, Quotes);
  add("/api/events", {"type", "country", "from", "to", "limit", "offset"}, Events);
  add("/api/stories", {"from", "to", "limit", "offset"}, Stories);
  add("/api/stories/{id}", {}, Story);
  add("/api/map", {"q", "from", "to", "limit"}, Map);
  add("/api/stats", {}, Stats);
  router->Add({"/api/openapi.json", {}, OpenApi});
}

}  // namespace lede::server
