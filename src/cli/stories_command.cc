// lede stories: stories (clusters of articles on one news event), latest activity first.
#include <string>

#include "cli/command.h"
#include "cli/query_output.h"
#include "cli/store_output.h"
#include "store/query_json.h"

namespace lede::cli {
namespace {

struct StoriesArgs {
  std::string db;
  std::string format;
  StoryRequest request;
};

int RunStories(const StoriesArgs& args) {
  auto reader = OpenReader("stories", args.db);
  if (reader == nullptr) return kExitUsage;
  StoryList list;
  Status s = reader->Stories(args.request, &list);
  if (!s.ok()) return ReportQueryError("stories", s);
  nlohmann::json json = StoryListToJson(list);
  nlohmann::json rows = json["stories"];
  for (nlohmann::json& row : rows) {
    std::string outlets;
    for (const auto& host : row["outlets"]) outlets += (outlets.empty() ? "" : " ") + host.get<std::string>();
    row["outlets"] = outlets;
  }
  PrintQueryResult(json, rows, {"id", "label", "first_seen", "last_seen", "articles", "outlets"}, args.format);
  return kExitOk;
}

}  // namespace

void AddStoriesCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<StoriesArgs>();
  auto* cmd = app->add_subcommand(
      "stories",
      "Stories, latest activity first: id, label, first_seen, last_seen, articles, outlets.\n"
      "--from/--to keep the stories active within those dates.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("--from", args->request.from, "active on or after (YYYY-MM-DD)");
  cmd->add_option("--to", args->request.to, "active on or before (YYYY-MM-DD)");
  AddPageOptions(cmd, &args->request.page);
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunStories(*args); });
}

}  // namespace lede::cli
