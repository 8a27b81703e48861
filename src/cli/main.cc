// lede: news-intelligence engine. `lede --help` lists the sub-commands.
#include <cstdio>
#include <string>

#include "cli/command.h"

namespace {

// `lede help SUB` prints the help of one sub-command (or of lede itself).
void AddHelpCommand(CLI::App* app, int* exit_status) {
  auto* help = app->add_subcommand("help", "Explain a sub-command: lede help extract");
  auto* name = lede::cli::NewForProcess<std::string>();
  help->add_option("command", *name, "sub-command to explain");
  help->callback([app, name, exit_status] {
    if (name->empty()) {
      std::fputs(app->help().c_str(), stdout);
      return;
    }
    try {
      std::fputs(app->get_subcommand(*name)->help().c_str(), stdout);
    } catch (const CLI::OptionNotFound&) {
      std::fprintf(stderr, "lede help: no sub-command '%s'\n", name->c_str());
      *exit_status = lede::cli::kExitUsage;
    }
  });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"lede " LEDE_VERSION
               ": turn news (web pages, WARC archives, feeds, text) into a searchable,\n"
               "verifiable knowledge base. `lede help COMMAND` explains a command.",
               "lede"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lede " LEDE_VERSION);
  int exit_status = lede::cli::kExitOk;
  lede::cli::AddExtractCommand(&app, &exit_status);
  lede::cli::AddAnalyzeCommand(&app, &exit_status);
  lede::cli::AddIngestCommand(&app, &exit_status);
  lede::cli::AddSearchCommand(&app, &exit_status);
  lede::cli::AddEntitiesCommand(&app, &exit_status);
  lede::cli::AddQuotesCommand(&app, &exit_status);
  lede::cli::AddEventsCommand(&app, &exit_status);
  lede::cli::AddStoriesCommand(&app, &exit_status);
  lede::cli::AddShowCommand(&app, &exit_status);
  lede::cli::AddStatsCommand(&app, &exit_status);
  lede::cli::AddMergeCommand(&app, &exit_status);
  lede::cli::AddExportCommand(&app, &exit_status);
  lede::cli::AddTagCommand(&app, &exit_status);
  lede::cli::AddTrainCommand(&app, &exit_status);
  lede::cli::AddServeCommand(&app, &exit_status);
  lede::cli::AddCrawlCommand(&app, &exit_status);
  lede::cli::AddWatchCommand(&app, &exit_status);
  lede::cli::AddCheckCommand(&app, &exit_status);
  CLI::App* eval =
      app.add_subcommand("eval", "Score lede against gold sets: lede eval extract, ner FILE, geo, quotes");
  eval->require_subcommand(1);
  lede::cli::AddEvalExtractCommand(eval, &exit_status);
  lede::cli::AddEvalNerCommand(eval, &exit_status);
  lede::cli::AddEvalGeoCommand(eval, &exit_status);
  lede::cli::AddEvalQuotesCommand(eval, &exit_status);
  AddHelpCommand(&app, &exit_status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return lede::cli::kExitUsage;
  }
  return exit_status;
}
