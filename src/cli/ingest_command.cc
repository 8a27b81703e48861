// lede ingest: extract articles from inputs and add them to the store.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.h"
#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/store.h"
#include "store/ingest.h"
#include "util/progress_line.h"

namespace lede::cli {
namespace {

struct IngestArgs {
  std::string db;
  std::vector<std::string> inputs;
  bool quiet = false;
  IngestOptions ingest;
};

// A one-line progress display on a terminal: documents, rate, share of the
// input read and time left (when its size is known), outcomes.
class Progress {
 public:
  Progress(bool enabled, uint64_t input_bytes)
      : enabled_(enabled), input_bytes_(input_bytes), start_(std::chrono::steady_clock::now()) {}

  void Show(const IngestReport& r) {
    if (!enabled_) return;
    ProgressCounts counts;
    counts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    counts.documents = r.documents;
    counts.added = r.added;
    counts.existing = r.existing;
    counts.failed = r.failed;
    counts.bytes_read = r.bytes_read;
    counts.bytes_total = input_bytes_;
    std::fprintf(stderr, "\r\033[K%s", ProgressLine(counts).c_str());
    shown_ = true;
  }
  // Clears the line so other output starts at column 0.
  void Clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

  static unsigned long long ULL(uint64_t n) { return n; }

 private:
  const bool enabled_;
  const uint64_t input_bytes_;
  const std::chrono::steady_clock::time_point start_;
  bool shown_ = false;
};

int RunIngest(const IngestArgs& args) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(args.db, StoreOptions(), &store);
  if (!s.ok()) {
    std::fprintf(stderr, "lede ingest: cannot open store %s: %s\n", args.db.c_str(), s.ToString().c_str());
    return kExitUsage;
  }
  const bool show_progress = !args.quiet && isatty(STDERR_FILENO);
  Progress progress(show_progress, show_progress ? InputBytes(args.inputs) : 0);
  IngestCallbacks callbacks;
  callbacks.on_error = [&](const Record& record, const Status& error) {
    progress.Clear();
    std::fprintf(stderr, "lede ingest: %s record %llu: %s\n", record.source.c_str(),
                 Progress::ULL(record.index), error.ToString().c_str());
  };
  callbacks.on_progress = [&](const IngestReport& r) { progress.Show(r); };
  IngestReport report;
  s = Ingest(args.inputs, args.ingest, callbacks, store.get(), &report);
  progress.Clear();
  if (!s.ok()) std::fprintf(stderr, "lede ingest: store %s failed: %s\n", args.db.c_str(), s.ToString().c_str());
  if (!args.quiet || report.failed > 0 || !s.ok()) {
    std::fprintf(stderr,
                 "lede ingest: %llu documents, %llu added (%llu near-duplicates), %llu already stored, "
                 "%llu failed\n",
                 Progress::ULL(report.documents), Progress::ULL(report.added),
                 Progress::ULL(report.near_duplicates), Progress::ULL(report.existing),
                 Progress::ULL(report.failed));
  }
  return (!s.ok() || report.failed > 0) ? kExitSomeFailed : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<IngestArgs>();
  args->ingest.threads = std::max(1u, std::thread::hardware_concurrency());
  auto* cmd = app->add_subcommand(
      "ingest",
      "Extract articles from INPUTs (as `lede extract` reads them), analyse them (as `lede analyze`)\n"
      "and add them with every analysis layer to the store, one transaction per batch. Idempotent: a document already stored (same canonical URL\n"
      "or same text) is skipped, and one whose URL is stored is not even extracted again, so\n"
      "re-running after an interruption (even SIGKILL) ends, quickly, with\n"
      "exactly the articles of an uninterrupted run. Near-duplicates (syndicated copies) are\n"
      "linked to the first copy. Bad records are reported on stderr (file, record, reason)\n"
      "and counted; the rest goes in. When stderr is a terminal (and without --quiet) a progress\n"
      "line shows documents/s and, when the inputs' size is known (files, not stdin), the share\n"
      "read and the time left.\n"
      "Exit status: 0 ok, 1 some documents failed, 2 usage error or unusable store.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("inputs", args->inputs, "files, directories, or - for stdin")->required();
  cmd->add_flag("-q,--quiet", args->quiet, "no progress line and no summary unless something failed");
  cmd->add_option("--threads", args->ingest.threads, "extraction and analysis threads")->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--batch-documents", args->ingest.batch_documents,
                  "documents per transaction (0 = no limit)")->capture_default_str();
  cmd->add_option("--batch-bytes", args->ingest.batch_bytes,
                  "record bytes read into one batch (0 = no limit)")->capture_default_str();
  cmd->add_flag("!--no-analyze", args->ingest.analyze,
                "store the articles without analysing them (no entities, quotes, events...: faster)");
  cmd->add_flag(
      "!--no-outlet-homes", args->ingest.outlet_homes,
      "place each article's towns by its text and URL alone, not also by where its\n"
      "outlet's stored articles are (its home: a local paper's \"Paris\" is the one in its\n"
      "state); results then do not depend on what was stored before or on --batch-documents");
  AddReaderLimitOptions(cmd, &args->ingest.reader);
  AddExtractLimitOptions(cmd, &args->ingest.extract);
  cmd->callback([args, exit_status] {
    args->ingest.extract.max_document_bytes = args->ingest.reader.max_document_bytes;
    *exit_status = RunIngest(*args);
  });
}

}  // namespace lede::cli
