// The `lede` command: one file per sub-command, each adding itself to the app.
#ifndef LEDE_CLI_COMMAND_H_
#define LEDE_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <vector>

namespace lede::cli {

// Returns a new T that lives as long as the process (a sub-command's parsed
// arguments). It stays reachable from a static list, so leak checkers do not
// report it, and is never destroyed.
template <typename T>
T* NewForProcess() {
  static auto* owned = new std::vector<std::unique_ptr<T>>;
  return owned->emplace_back(std::make_unique<T>()).get();
}

// Exit statuses (DESIGN.md): all went well / some inputs failed / usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// Each Add*Command adds one sub-command to `app`. The sub-command's callback
// stores its exit status in *exit_status. REQUIRES: both outlive app.parse().
void AddExtractCommand(CLI::App* app, int* exit_status);
void AddAnalyzeCommand(CLI::App* app, int* exit_status);
void AddIngestCommand(CLI::App* app, int* exit_status);
void AddSearchCommand(CLI::App* app, int* exit_status);
void AddEntitiesCommand(CLI::App* app, int* exit_status);
void AddQuotesCommand(CLI::App* app, int* exit_status);
void AddEventsCommand(CLI::App* app, int* exit_status);
void AddStoriesCommand(CLI::App* app, int* exit_status);
void AddShowCommand(CLI::App* app, int* exit_status);
void AddStatsCommand(CLI::App* app, int* exit_status);
void AddMergeCommand(CLI::App* app, int* exit_status);
void AddExportCommand(CLI::App* app, int* exit_status);
void AddTagCommand(CLI::App* app, int* exit_status);
void AddTrainCommand(CLI::App* app, int* exit_status);
void AddServeCommand(CLI::App* app, int* exit_status);
void AddCrawlCommand(CLI::App* app, int* exit_status);
void AddWatchCommand(CLI::App* app, int* exit_status);
void AddCheckCommand(CLI::App* app, int* exit_status);
// Add `ner`, `extract`, `geo` and `quotes` under the `lede eval` parent command.
void AddEvalNerCommand(CLI::App* eval, int* exit_status);
void AddEvalExtractCommand(CLI::App* eval, int* exit_status);
void AddEvalGeoCommand(CLI::App* eval, int* exit_status);
void AddEvalQuotesCommand(CLI::App* eval, int* exit_status);

}  // namespace lede::cli

#endif  // LEDE_CLI_COMMAND_H_
