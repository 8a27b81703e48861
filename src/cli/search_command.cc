// lede search: full-text search over the store, with filters and facets.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"
#include "cli/store_output.h"
#include "store/query_json.h"

namespace lede::cli {
namespace {

struct SearchArgs {
  std::string db;
  std::string format;
  std::string entity;  // a name, or an entity id
  ArticleSearch request;
};

// Sets request->entities to the ids `entity` stands for: itself when it is a
// number, else the entities of that name. kNotFound when there is none.
Status ResolveEntityOption(StoreReader* reader, const std::string& entity, ArticleSearch* request) {
  if (entity.empty()) return Status::OK();
  if (entity.find_first_not_of("0123456789") == std::string::npos) {
    request->entities = {std::stoll(entity)};
    return Status::OK();
  }
  Status s = reader->ResolveEntity(entity, &request->entities);
  if (s.ok() && request->entities.empty()) s = Status::NotFound("entity: no entity named '" + entity + "'");
  return s;
}

int RunSearch(SearchArgs& args) {
  auto reader = OpenReader("search", args.db);
  if (reader == nullptr) return kExitUsage;
  SearchResult result;
  args.request.facets = args.format == "json";
  Status s = ResolveEntityOption(reader.get(), args.entity, &args.request);
  if (s.ok()) s = reader->Search(args.request, &result);
  if (!s.ok()) return ReportQueryError("search", s);
  nlohmann::json json = SearchResultToJson(args.request.query, result);
  PrintQueryResult(json, json["hits"], {"id", "title", "url", "published", "source", "snippet", "score"}, args.format);
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<SearchArgs>();
  auto* cmd = app->add_subcommand(
      "search",
      "Full-text search over titles, texts and quotes, best first (bm25). QUERY is FTS5 syntax:\n"
      "words (stemmed, accents ignored), \"a phrase\", AND / OR / NOT, prefix*, title:word;\n"
      "empty (\"\") lists every article that passes the filters, newest first.\n"
      "Hits: id, title, url, published, source, snippet (matches in [brackets]), score;\n"
      "--format json prints the API's object (docs/api.md): total, hits and facets.\n"
      "A malformed query or parameter is reported with exit status 2.");
  AddDbOption(cmd, &args->db);
  ArticleSearch& r = args->request;
  cmd->add_option("query", r.query, "FTS5 query")->required();
  cmd->add_option("--from", r.from, "published on or after (YYYY-MM-DD)");
  cmd->add_option("--to", r.to, "published on or before (YYYY-MM-DD)");
  cmd->add_option("--lang", r.lang, "language (ISO 639-1)");
  cmd->add_option("--source", r.source, "host (reuters.com) or outlet name");
  cmd->add_option("--entity", args->entity, "mentions this entity (a name, any type, or an entity id)");
  cmd->add_option("--theme", r.theme, "has this theme (TERRORISM, ...)");
  cmd->add_option("--event", r.event, "has an event of this type (ARREST, ...)");
  cmd->add_option("--facet-matches", r.facet_matches,
                  "--format json: count the facets over at most the best N matches (0 = all)")
      ->capture_default_str();
  AddPageOptions(cmd, &r.page);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunSearch(*args); });
}

}  // namespace lede::cli
