#include "cli/batch.h"

#include <cstdio>
#include <thread>

#include "cli/command.h"
#include "extract/article_json.h"
#include "util/parallel.h"

namespace lede::cli {
namespace {

// Records are processed in batches so output keeps input order and memory stays
// bounded by the batch size times the largest document.
constexpr size_t kBatchPerThread = 32;

struct Slot {
  Record record;
  Status status;  // the read error, or the processing status
  bool read_ok = true;
  std::string line;
};

void Report(const std::string& name, const Slot& slot) {
  std::fprintf(stderr, "lede %s: %s record %llu: %s\n", name.c_str(), slot.record.source.c_str(),
               static_cast<unsigned long long>(slot.record.index), slot.status.ToString().c_str());
}

void Print(const Slot& slot) {
  std::string line = slot.status.ok() || !slot.line.empty()
                         ? slot.line
                         : ToJsonLine(ErrorToJson(slot.record.uri, slot.status));
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stdout);
}

void PrintSummary(const std::string& name, uint64_t total, uint64_t failed,
                  const ReaderStats& stats) {
  std::string skipped;
  for (const auto& [reason, n] : stats.skipped) skipped += " " + reason + "=" + std::to_string(n);
  std::fprintf(stderr, "lede %s: %llu documents, %llu failed%s%s\n", name.c_str(),
               static_cast<unsigned long long>(total), static_cast<unsigned long long>(failed),
               skipped.empty() ? "" : ", skipped:", skipped.c_str());
}

}  // namespace

void AddBatchOptions(CLI::App* cmd, BatchOptions* options) {
  options->threads = std::max(1u, std::thread::hardware_concurrency());
  cmd->add_option("inputs", options->inputs, "files, directories, or - for stdin")->required();
  cmd->add_option("--url", options->url, "URL to report for the documents (e.g. for a saved page)");
  cmd->add_option("--threads", options->threads, "worker threads")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  AddReaderLimitOptions(cmd, &options->reader);
}

void AddReaderLimitOptions(CLI::App* cmd, ReaderOptions* reader) {
  cmd->add_option("--max-document-bytes", reader->max_document_bytes,
                  "largest document read; larger ones are reported as too_large (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--max-records-per-file", reader->max_records_per_file,
                  "records read from one file at most (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--max-header-bytes", reader->max_header_bytes,
                  "largest WARC/HTTP header block (0 = no limit)")
      ->capture_default_str();
}

void AddExtractLimitOptions(CLI::App* cmd, ExtractOptions* extract) {
  cmd->add_option("--max-dom-depth", extract->max_dom_depth,
                  "HTML elements nested deeper are flattened into their ancestor (0 = no limit)")
      ->capture_default_str();
}

int RunBatch(const std::string& name, const BatchOptions& options, const ProcessRecord& process) {
  auto reader = OpenInputs(options.inputs, options.reader);
  const size_t batch_size = kBatchPerThread * options.threads;
  std::vector<Slot> batch;
  bool at_end = false;
  uint64_t failed = 0, total = 0;
  while (!at_end) {
    batch.clear();
    while (batch.size() < batch_size) {
      Slot slot;
      const ReadOutcome outcome = reader->Next(&slot.record, &slot.status);
      if (outcome == ReadOutcome::kEnd) {
        at_end = true;
        break;
      }
      slot.read_ok = outcome == ReadOutcome::kRecord;
      if (slot.read_ok && !options.url.empty()) slot.record.uri = options.url;
      batch.push_back(std::move(slot));
    }
    ParallelFor(batch.size(), options.threads, [&](size_t i) {
      Slot& slot = batch[i];
      if (slot.read_ok) slot.status = process(slot.record, &slot.line);
    });
    for (const Slot& slot : batch) {
      ++total;
      if (!slot.status.ok()) {
        ++failed;
        Report(name, slot);
      }
      Print(slot);
    }
  }
  std::fflush(stdout);
  PrintSummary(name, total, failed, reader->stats());
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace lede::cli
