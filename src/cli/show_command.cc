// lede show: one stored article.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/store_output.h"
#include "extract/article_json.h"
#include "lede/store.h"

namespace lede::cli {
namespace {

struct ShowArgs {
  std::string db;
  int64_t id = 0;
  std::string format;
};

// "field: value" lines, then the text after a blank line.
void PrintFields(const nlohmann::json& article) {
  for (const auto& [key, value] : article.items()) {
    if (key == "text" || value.is_null() || (value.is_array() && value.empty())) continue;
    std::string shown = value.is_string() ? value.get<std::string>() : ToJsonLine(value);
    std::printf("%s: %s\n", key.c_str(), shown.c_str());
  }
  std::printf("\n%s\n", article.value("text", "").c_str());
}

int RunShow(const ShowArgs& args) {
  auto store = OpenForReading("show", args.db);
  if (store == nullptr) return kExitUsage;
  StoredArticle stored;
  Status s = store->Get(args.id, &stored);
  if (!s.ok()) {
    std::fprintf(stderr, "lede show: %s\n", s.ToString().c_str());
    return kExitSomeFailed;
  }
  nlohmann::json j = StoredToJson(stored);
  if (args.format == "json") PrintJson(j);
  else if (args.format == "csv") PrintRecords(nlohmann::json::array({j}), StoredCsvColumns(), "csv");
  else PrintFields(j);
  return kExitOk;
}

}  // namespace

void AddShowCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<ShowArgs>();
  auto* cmd = app->add_subcommand(
      "show", "Print one stored article (its metadata, then its text). Exit status 1 if there is no such id.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("id", args->id, "article id (from lede search)")->required();
  AddFormatOption(cmd, &args->format, {"table", "json", "csv"});
  cmd->callback([args, exit_status] { *exit_status = RunShow(*args); });
}

}  // namespace lede::cli
