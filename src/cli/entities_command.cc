// lede entities: the store's entities, most mentioned first, by type and name
// prefix, with their mentions over time on request.
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"
#include "cli/store_output.h"
#include "store/query_json.h"

namespace lede::cli {
namespace {

struct EntitiesArgs {
  std::string db;
  std::string format;
  bool over_time = false;
  EntityListRequest request;
};

// Adds each listed entity's timeline (mentions per day or month) to `json`'s
// entities and one row per entity and date to *rows.
Status AddTimelines(StoreReader* reader, nlohmann::json* json, nlohmann::json* rows) {
  *rows = nlohmann::json::array();
  for (nlohmann::json& entity : (*json)["entities"]) {
    EntityPage page;
    Status s = reader->Entity(entity["id"].get<int64_t>(), &page);
    if (!s.ok()) return s;
    entity["timeline"] = EntityPageToJson(page)["timeline"];
    for (const ValueCount& d : page.timeline) {
      rows->push_back({{"id", page.entity.id}, {"type", page.entity.type}, {"name", page.entity.name},
                       {"date", d.value}, {"mentions", d.count}});
    }
  }
  return Status::OK();
}

int RunEntities(const EntitiesArgs& args) {
  auto reader = OpenReader("entities", args.db);
  if (reader == nullptr) return kExitUsage;
  EntityList list;
  Status s = reader->Entities(args.request, &list);
  if (!s.ok()) return ReportQueryError("entities", s);
  nlohmann::json json = EntityListToJson(list);
  if (!args.over_time) {
    PrintQueryResult(json, json["entities"], {"id", "type", "name", "mentions", "articles"}, args.format);
    return kExitOk;
  }
  nlohmann::json rows;
  s = AddTimelines(reader.get(), &json, &rows);
  if (!s.ok()) return ReportQueryError("entities", s);
  PrintQueryResult(json, rows, {"id", "type", "name", "date", "mentions"}, args.format);
  return kExitOk;
}

}  // namespace

void AddEntitiesCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<EntitiesArgs>();
  auto* cmd = app->add_subcommand(
      "entities",
      "The store's entities (people, organisations, places, ...), most mentioned first:\n"
      "id, type, name, mentions, articles. --over-time lists each one's mentions per\n"
      "published day (per month when they span more than 62 days).");
  AddDbOption(cmd, &args->db);
  cmd->add_option("--type", args->request.type, "PERSON, ORGANIZATION, LOCATION or MISC");
  cmd->add_option("--prefix", args->request.prefix, "name starts with (case and accents ignored)");
  cmd->add_flag("--over-time", args->over_time, "mentions per day or month of each entity listed");
  AddPageOptions(cmd, &args->request.page);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunEntities(*args); });
}

}  // namespace lede::cli
