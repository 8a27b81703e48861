// Ingest: inputs -> records -> articles -> analysis -> store, as a pipeline.
// Reading, extraction and analysis of one batch overlap with the store's
// transaction for the previous one; each batch is one transaction (see lede/store.h for why that makes an
// interrupted ingest resumable).
//
// Outlet homes: each article is analysed with its outlet's home (knowledge/outlet_home.h),
// the towns and counties of the outlet's articles stored before its batch, from this run
// or an earlier one (Store::OutletPlaces), so that a local paper's "Richmond" is the one
// in its state. The counts of a batch's articles join the homes once the batch is
// analysed, before the next one is; a resumed run thus analyses as an uninterrupted one.
#ifndef LEDE_STORE_INGEST_H_
#define LEDE_STORE_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "knowledge/analyzer.h"
#include "lede/extractor.h"
#include "lede/reader.h"
#include "lede/record.h"
#include "lede/status.h"
#include "lede/store.h"

namespace lede {

struct IngestOptions {
  unsigned threads = 1;            // extraction and analysis threads (the caller's is one of them)
  size_t batch_documents = 512;    // documents per transaction at most (0 = no limit)
  // Record bytes read into one batch at most, so memory stays bounded whatever
  // the documents' sizes (0 = no limit; a batch holds at least one document).
  uint64_t batch_bytes = 64u << 20;
  ReaderOptions reader;
  ExtractOptions extract;
  // Run the analyzer (entities, places, quotes, counts, events, themes, tone) and
  // store its layers with each article; false stores the articles alone.
  bool analyze = true;
  // When analyze: each article's outlet's home is context for its places (above).
  // Without it an article's places depend on its text and URL alone, whatever was
  // stored before or the batch size (the store's counts are kept either way).
  bool outlet_homes = true;
  AnalyzerOptions analyzer;  // its resources, when analyze
  // When analyze: an analyzer already loaded, used instead of loading one from
  // `analyzer` (a process that ingests many inputs loads it once). Not owned; it
  // must outlive the Ingest call.
  const Analyzer* loaded_analyzer = nullptr;
};

// Running totals, passed to the progress callback after every batch.
struct IngestReport {
  uint64_t documents = 0;        // records read, failed ones included
  uint64_t added = 0;            // new articles stored
  uint64_t existing = 0;         // already in the store (same canonical URL or text)
  uint64_t near_duplicates = 0;  // of the added, linked to an earlier copy
  uint64_t failed = 0;           // records that could not be read, extracted or analysed
  uint64_t bytes_read = 0;       // of the inputs, as ReaderStats::bytes_read
};

struct IngestCallbacks {
  // Called once per failed record, in input order, with where it came from
  // (record.source, record.index, record.uri) and why. May be empty.
  std::function<void(const Record& record, const Status& error)> on_error;
  // Called after every committed batch. May be empty.
  std::function<void(const IngestReport& report)> on_progress;
};

// Ingests `inputs` (files, directories, "-") into `store`. Bad records are
// reported through callbacks.on_error and counted, and the rest goes in; the
// returned Status is not OK only when the store itself fails (the batches
// committed before stay), or the analyzer's resources cannot be loaded (they are
// loaded with the first batch that has a document not stored yet). *report holds
// the totals either way.
// REQUIRES: store and report non-null.
Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
              const IngestCallbacks& callbacks, Store* store, IngestReport* report);

}  // namespace lede

#endif  // LEDE_STORE_INGEST_H_
