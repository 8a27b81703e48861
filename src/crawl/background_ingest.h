// BackgroundIngest: ingests closed WARC files on a thread of its own, in the
// order they were added, so that a crawl goes on fetching meanwhile.
//
// Thread-safe: Add, TakeDone and Finish may be called from any one thread; the
// store is used by the ingest thread only, from construction to Finish.
#ifndef LEDE_CRAWL_BACKGROUND_INGEST_H_
#define LEDE_CRAWL_BACKGROUND_INGEST_H_

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

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
  ~BackgroundIngest();  // Finish()
  BackgroundIngest(const BackgroundIngest&) = delete;
  BackgroundIngest& operator=(const BackgroundIngest&) = delete;

  // Queues a complete WARC file for ingest.
  void Add(std::string path);

  // Returns the files ingested since the last call, without waiting.
  std::vector<IngestedFile> TakeDone();

  // Waits until every file added is ingested and stops the thread; then
  // TakeDone returns the rest. Add must not be called after it.
  void Finish();

 private:
  void Loop();

  const IngestOptions options_;
  Store* const store_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;     // guarded by mu_
  std::vector<IngestedFile> done_;    // guarded by mu_
  bool finishing_ = false;            // guarded by mu_
  std::thread thread_;
};

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_BACKGROUND_INGEST_H_
