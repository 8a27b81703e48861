// lede extract: articles as JSON Lines.
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "extract/article_json.h"
#include "lede/extractor.h"
#include "lede/reader.h"
#include "util/parallel.h"

namespace lede::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string url;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  ReaderOptions reader;
  ExtractOptions extract;
};

// Records are read and extracted in batches so output keeps input order and
// memory stays bounded by batch size times the largest document.
constexpr size_t kBatchPerThread = 32;

struct Slot {
  Record record;
  Status status;       // a read error when !read_ok, else the extraction status
  bool read_ok = true;
  Article article;
};

void ReportError(const Slot& slot) {
  std::fprintf(stderr, "lede extract: %s record %llu: %s\n", slot.record.source.c_str(),
               static_cast<unsigned long long>(slot.record.index), slot.status.ToString().c_str());
}

void PrintSlot(const Slot& slot) {
  std::string line = slot.status.ok() ? ToJsonLine(ArticleToJson(slot.article))
                                      : ToJsonLine(ErrorToJson(slot.record.uri, slot.status));
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stdout);
}

int RunExtract(const ExtractArgs& args) {
  auto reader = OpenInputs(args.inputs, args.reader);
  const size_t batch_size = kBatchPerThread * args.threads;
  std::vector<Slot> batch;
  bool at_end = false;
  uint64_t failed = 0, total = 0;
  while (!at_end) {
    batch.clear();
    while (batch.size() < batch_size) {
      Slot slot;
      ReadOutcome outcome = reader->Next(&slot.record, &slot.status);
      if (outcome == ReadOutcome::kEnd) { at_end = true; break; }
      slot.read_ok = outcome == ReadOutcome::kRecord;
      if (slot.read_ok && !args.url.empty()) slot.record.uri = args.url;
      batch.push_back(std::move(slot));
    }
    ParallelFor(batch.size(), args.threads, [&](size_t i) {
      Slot& slot = batch[i];
      if (slot.read_ok) slot.status = ExtractArticle(slot.record, args.extract, &slot.article);
    });
    for (const Slot& slot : batch) {
      ++total;
      if (!slot.status.ok()) { ++failed; ReportError(slot); }
      PrintSlot(slot);
    }
  }
  std::fflush(stdout);
  const ReaderStats& stats = reader->stats();
  std::string skipped;
  for (const auto& [reason, n] : stats.skipped) skipped += " " + reason + "=" + std::to_string(n);
  std::fprintf(stderr, "lede extract: %llu documents, %llu failed%s%s\n",
               static_cast<unsigned long long>(total), static_cast<unsigned long long>(failed),
               skipped.empty() ? "" : ", skipped:", skipped.c_str());
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App* app, int* exit_status) {
  auto* args = new ExtractArgs;  // lives as long as the process
  auto* cmd = app->add_subcommand(
      "extract",
      "Extract clean articles (title, authors, date, dateline, language, body) as JSON Lines.\n"
      "INPUT is a file, a directory (walked recursively) or - for stdin. Formats are found\n"
      "from content: HTML, gzip, WARC 0.18/1.0/1.1 (.warc.gz), WET, ARC, JSON Lines\n"
      "({\"html\"|\"text\", \"url\", \"title\", \"published\"}), plain text. A document that\n"
      "cannot be read gives {\"url\", \"error\": {\"code\", \"message\"}} and a line on stderr;\n"
      "the batch goes on. Exit status: 0 ok, 1 some documents failed, 2 usage error.");
  cmd->add_option("inputs", args->inputs, "files, directories, or - for stdin")->required();
  cmd->add_option("--url", args->url, "URL to report for the documents (e.g. for a saved page)");
  cmd->add_option("--threads", args->threads, "worker threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--max-document-bytes", args->reader.max_document_bytes,
                  "largest document read; larger ones are reported as too_large (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--max-records-per-file", args->reader.max_records_per_file,
                  "records read from one file at most (0 = no limit)")->capture_default_str();
  cmd->add_option("--max-header-bytes", args->reader.max_header_bytes,
                  "largest WARC/HTTP header block (0 = no limit)")->capture_default_str();
  cmd->add_option("--max-dom-depth", args->extract.max_dom_depth,
                  "HTML elements nested deeper are flattened (0 = no limit)")->capture_default_str();
  cmd->callback([args, exit_status] {
    args->extract.max_document_bytes = args->reader.max_document_bytes;
    *exit_status = RunExtract(*args);
  });
}

}  // namespace lede::cli
