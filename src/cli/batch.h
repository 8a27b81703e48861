// Running a per-document command (extract, analyze) over inputs: records are read,
// processed on worker threads in batches, and printed as JSON Lines in input order.
#ifndef LEDE_CLI_BATCH_H_
#define LEDE_CLI_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "lede/extractor.h"
#include "lede/reader.h"
#include "lede/record.h"
#include "lede/status.h"

namespace lede::cli {

struct BatchOptions {
  std::vector<std::string> inputs;  // files, directories, or "-" for stdin
  std::string url;                  // reported as every record's URL when set
  unsigned threads = 1;
  ReaderOptions reader;
};

// Adds the options every batch command shares (inputs, --url, --threads, reader limits).
void AddBatchOptions(CLI::App* cmd, BatchOptions* options);

// Adds the readers' limits (--max-document-bytes, --max-records-per-file,
// --max-header-bytes) to any command that reads inputs.
void AddReaderLimitOptions(CLI::App* cmd, ReaderOptions* reader);

// Adds extraction's limits (--max-dom-depth) to any command that extracts HTML.
void AddExtractLimitOptions(CLI::App* cmd, ExtractOptions* extract);

// Turns one record into one JSON line (no newline). Called concurrently for
// distinct records. A non-ok Status counts the record as failed; its line is then
// the one `process` wrote (which should carry an "error" object), or when it wrote
// none, {"url", "error"}.
using ProcessRecord = std::function<Status(const Record& record, std::string* line)>;

// Runs `process` over every record of the inputs and prints the lines in input
// order. Failed records are reported on stderr as "lede NAME: FILE record N: reason"
// and printed as {"url", "error"} lines; a summary line follows. Returns kExitOk,
// or kExitSomeFailed when any record failed.
int RunBatch(const std::string& name, const BatchOptions& options, const ProcessRecord& process);

}  // namespace lede::cli

#endif  // LEDE_CLI_BATCH_H_
