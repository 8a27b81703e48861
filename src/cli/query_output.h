// What the query sub-commands (search, entities, quotes, events, stories)
// share: the reader, the page options, error reporting and output (the API's
// JSON object with --format json, its list as a table or CSV otherwise).
#ifndef LEDE_CLI_QUERY_OUTPUT_H_
#define LEDE_CLI_QUERY_OUTPUT_H_

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "lede/query.h"

namespace lede::cli {

// The largest --limit of the query commands (the HTTP API allows 200).
inline constexpr uint32_t kMaxCliPageSize = 10000;

// Opens the store at `path` for queries. On failure prints
// "lede CMD: cannot open store PATH: reason" and returns null.
std::unique_ptr<StoreReader> OpenReader(const std::string& command, const std::string& path);

// Adds --limit (default 20) and --offset to `cmd`.
void AddPageOptions(CLI::App* cmd, PageRequest* page);

// Prints "lede CMD: reason" and returns the exit status for `s`: 2 for bad
// parameters or query syntax, 1 otherwise.
int ReportQueryError(const std::string& command, const Status& s);

// Prints `result` (an API object) whole with format "json"; else its list
// `rows` (flat records) with `columns` as a table or CSV.
void PrintQueryResult(const nlohmann::json& result, const nlohmann::json& rows,
                      const std::vector<std::string>& columns, const std::string& format);

}  // namespace lede::cli

#endif  // LEDE_CLI_QUERY_OUTPUT_H_
