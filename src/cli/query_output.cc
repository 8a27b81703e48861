#include "cli/query_output.h"

#include <cstdio>

#include "cli/command.h"
#include "cli/store_output.h"

namespace lede::cli {

std::unique_ptr<StoreReader> OpenReader(const std::string& command, const std::string& path) {
  QueryOptions options;
  options.max_page_size = kMaxCliPageSize;
  options.connections = 1;
  std::unique_ptr<StoreReader> reader;
  Status s = StoreReader::Open(path, options, &reader);
  if (!s.ok()) {
    std::fprintf(stderr, "lede %s: cannot open store %s: %s\n", command.c_str(), path.c_str(), s.ToString().c_str());
  }
  return reader;
}

void AddPageOptions(CLI::App* cmd, PageRequest* page) {
  cmd->add_option("--limit", page->limit, "rows at most (1 to " + std::to_string(kMaxCliPageSize) + ")")
      ->capture_default_str();
  cmd->add_option("--offset", page->offset, "rows to skip first")->capture_default_str();
}

int ReportQueryError(const std::string& command, const Status& s) {
  std::fprintf(stderr, "lede %s: %s\n", command.c_str(), s.ToString().c_str());
  return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
}

void PrintQueryResult(const nlohmann::json& result, const nlohmann::json& rows,
                      const std::vector<std::string>& columns, const std::string& format) {
  if (format == "json") return PrintJson(result);
  PrintRecords(rows, columns, format);
}

}  // namespace lede::cli
