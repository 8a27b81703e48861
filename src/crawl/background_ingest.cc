#include "crawl/background_ingest.h"

#include <utility>

namespace lede::crawl {

BackgroundIngest::BackgroundIngest(IngestOptions options, Store* store)
    : options_(std::move(options)), store_(store), thread_([this] { Loop(); }) {}

BackgroundIngest::~BackgroundIngest() { Finish(); }

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

void BackgroundIngest::Finish() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    finishing_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void BackgroundIngest::Loop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [this] { return finishing_ || !queue_.empty(); });
    if (queue_.empty()) return;  // finishing, nothing left
    IngestedFile file;
    file.path = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    file.status = Ingest({file.path}, options_, IngestCallbacks(), store_, &file.report);
    lock.lock();
    done_.push_back(std::move(file));
  }
}

}  // namespace lede::crawl
