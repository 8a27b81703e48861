// lede events: events by type, country and date, newest first.
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"
#include "cli/store_output.h"
#include "store/query_json.h"

namespace lede::cli {
namespace {

struct EventsArgs {
  std::string db;
  std::string format;
  EventRequest request;
};

int RunEvents(const EventsArgs& args) {
  auto reader = OpenReader("events", args.db);
  if (reader == nullptr) return kExitUsage;
  EventList list;
  Status s = reader->Events(args.request, &list);
  if (!s.ok()) return ReportQueryError("events", s);
  nlohmann::json rows = nlohmann::json::array();
  for (const EventRecord& e : list.events) {
    rows.push_back({{"id", e.id},
                    {"published", e.published},
                    {"type", e.type},
                    {"actor", e.actor ? e.actor->name : ""},
                    {"target", e.target ? e.target->name : ""},
                    {"place", e.location ? e.location->name : ""},
                    {"country", e.location ? e.location->country : ""},
                    {"trigger", e.trigger_text},
                    {"article_id", e.article_id}});
  }
  PrintQueryResult(EventListToJson(list), rows,
                   {"id", "published", "type", "actor", "target", "place", "country", "trigger", "article_id"},
                   args.format);
  return kExitOk;
}

}  // namespace

void AddEventsCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<EventsArgs>();
  auto* cmd = app->add_subcommand(
      "events",
      "Events (ARREST, ATTACK, VISIT, ... docs/events.md), newest first: id, published, type,\n"
      "actor, target, place, country, trigger word, article. --from/--to filter on the\n"
      "article's publication date.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("--type", args->request.type, "event type (ARREST, ...)");
  cmd->add_option("--country", args->request.country, "ISO 3166-1 alpha-2 code of the event's place");
  cmd->add_option("--from", args->request.from, "published on or after (YYYY-MM-DD)");
  cmd->add_option("--to", args->request.to, "published on or before (YYYY-MM-DD)");
  AddPageOptions(cmd, &args->request.page);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunEvents(*args); });
}

}  // namespace lede::cli
