// What the store sub-commands (ingest, search, show, stats, merge, export)
// share: the --db option with its default, and table/json/csv output.
#ifndef LEDE_CLI_STORE_OUTPUT_H_
#define LEDE_CLI_STORE_OUTPUT_H_

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "lede/store.h"
#include "store/store_json.h"

namespace lede::cli {

// The store used when --db is not given: $LEDE_DB if set and non-empty, else "lede.db"
// in the current directory.
std::string DefaultDbPath();

// Adds --db (defaulting to DefaultDbPath()) to `cmd`.
void AddDbOption(CLI::App* cmd, std::string* path);

// Adds --format with the given choices, the first being the default.
void AddFormatOption(CLI::App* cmd, std::string* format, const std::vector<std::string>& choices);

// Opens the store at `path` for reading (it must exist). On failure prints
// "lede CMD: cannot open store PATH: reason" and returns null.
std::unique_ptr<Store> OpenForReading(const std::string& command, const std::string& path);

// Prints `records` (a JSON array of objects) to stdout as an aligned text table
// ("table", long cells cut), RFC 4180 CSV ("csv") or one JSON array ("json"),
// with `columns` in that order.
void PrintRecords(const nlohmann::json& records, const std::vector<std::string>& columns,
                  const std::string& format);

// The columns of a stored article in CSV output.
const std::vector<std::string>& StoredCsvColumns();

// Prints `records` as RFC 4180 CSV rows, after a header line if `header`.
void PrintCsv(const nlohmann::json& records, const std::vector<std::string>& columns, bool header);

// Prints one JSON value on stdout on one line; invalid UTF-8 is replaced.
void PrintJson(const nlohmann::json& value);

}  // namespace lede::cli

#endif  // LEDE_CLI_STORE_OUTPUT_H_
