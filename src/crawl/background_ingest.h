// BackgroundIngest: ingests closed WARC files on a thread of its own, in the
// order they were added, so that a crawl goes on fetching meanwhile. The
// analyzer is loaded once, on the first file, and kept for the next ones.
//
// Thread-safe: Add, TakeDone and Drain may be called from any one thread; the
// store is used by the ingest thread only, from construction to destruction.
#ifndef LEDE_CRAWL_BACKGROUND_INGEST_H_
#define LEDE_CRAWL_BACKGROUND_INGEST_H_

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "knowledge/analyzer.h"
#include "lede/status.h"
#include "lede/store.h"
#include "store/ingest.h"

namespace lede::crawl {

// One WARC file after its ingest.
struct IngestedFile {
  std::string path;
  Status status;  // of Ingest: OK when every record was read (some may have failed)
  IngestReport report;
};

class BackgroundIngest {
 public:
  // REQUIRES: store open and outliving this object.
  BackgroundIngest(IngestOptions options, Store* store);
  ~BackgroundIngest();  // ingests what was added, then stops the thread
  BackgroundIngest(const BackgroundIngest&) = delete;
  BackgroundIngest& operator=(const BackgroundIngest&) = delete;

  // Queues a complete WARC file for ingest.
  void Add(std::string path);

  // Returns the files ingested since the last call, without waiting.
  std::vector<IngestedFile> TakeDone();

  // Waits until every file added so far is ingested (TakeDone then has them all).
  void Drain();

 private:
  void Loop();
  IngestedFile IngestFile(std::string path);

  const IngestOptions options_;
  Store* const store_;
  std::unique_ptr<Analyzer> analyzer_;  // ingest thread only
  std::mutex mu_;
  std::condition_variable wake_;     // work added, or stopping
  std::condition_variable drained_;  // the queue ran empty
  std::deque<std::string> queue_;    // guarded by mu_
  bool busy_ = false;                // a file is being ingested; guarded by mu_
  std::vector<IngestedFile> done_;   // guarded by mu_
  bool stopping_ = false;            // guarded by mu_
  std::thread thread_;
};

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_BACKGROUND_INGEST_H_
