#include "crawl/background_ingest.h"

#include <utility>

namespace lede::crawl {

BackgroundIngest::BackgroundIngest(IngestOptions options, Store* store)
    : options_(std::move(options)), store_(store), thread_([this] { Loop(); }) {}

BackgroundIngest::~BackgroundIngest() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void BackgroundIngest::Add(std::string path) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(std::move(path));
  }
  wake_.notify_one();
}

std::vector<IngestedFile> BackgroundIngest::TakeDone() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::exchange(done_, {});
}

void BackgroundIngest::Drain() {
  std::unique_lock<std::mutex> lock(mu_);
  drained_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void BackgroundIngest::Loop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    std::string path = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    lock.unlock();
    IngestedFile file = IngestFile(std::move(path));
    lock.lock();
    busy_ = false;
    done_.push_back(std::move(file));
    if (queue_.empty()) drained_.notify_all();
  }
}

IngestedFile BackgroundIngest::IngestFile(std::string path) {
  IngestedFile file;
  file.path = std::move(path);
  IngestOptions options = options_;
  if (options.analyze && options.loaded_analyzer == nullptr) {
    if (analyzer_ == nullptr) file.status = Analyzer::Load(options.analyzer, &analyzer_);
    if (!file.status.ok()) return file;  // tried again with the next file
    options.loaded_analyzer = analyzer_.get();
  }
  file.status = Ingest({file.path}, options, IngestCallbacks(), store_, &file.report);
  return file;
}

}  // namespace lede::crawl
