// OpenInputs: the public entry point. Expands directories, opens each input in
// turn, and chains the format readers, enforcing the per-file record limit.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "io/byte_source.h"
#include "io/format_reader.h"
#include "lede/reader.h"

namespace lede {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStdin = "-";

// Counts the bytes read from `source` into *bytes_read.
class CountingSource : public io::ByteSource {
 public:
  CountingSource(std::unique_ptr<io::ByteSource> source, uint64_t* bytes_read)
      : source_(std::move(source)), bytes_read_(bytes_read) {}

  Status Read(char* buf, size_t n, size_t* got) override {
    Status s = source_->Read(buf, n, got);
    *bytes_read_ += *got;
    return s;
  }
  uint64_t RemainingHint() const override { return source_->RemainingHint(); }

 private:
  std::unique_ptr<io::ByteSource> source_;
  uint64_t* bytes_read_;
};

class InputsReader : public RecordReader {
 public:
  InputsReader(std::vector<std::string> inputs, const ReaderOptions& options)
      : pending_(std::move(inputs)), options_(options) {
    std::reverse(pending_.begin(), pending_.end());  // pop_back() takes them in order
  }

  ReadOutcome Next(Record* record, Status* error) override;
  const ReaderStats& stats() const override { return stats_; }

 private:
  // Opens the next pending input; false when it is an error (reported in *error).
  bool OpenNext(Record* record, Status* error);
  // Queues the regular files under `dir` (recursively) to be read next, in path order.
  Status ExpandDirectory(const std::string& dir);
  ReadOutcome Count(ReadOutcome outcome);

  std::vector<std::string> pending_;  // inputs still to open, last first
  ReaderOptions options_;
  ReaderStats stats_;
  io::InputContext context_;
  std::unique_ptr<io::FormatReader> current_;
  uint64_t records_in_file_ = 0;
};

Status InputsReader::ExpandDirectory(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  const auto walk_options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(dir, walk_options, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::error_code type_error;  // a dangling symlink is not a file, not a failed walk
    if (it->is_regular_file(type_error)) files.push_back(it->path().string());
  }
  if (ec) return Status::IOError(dir + ": cannot walk directory: " + ec.message());
  std::sort(files.begin(), files.end(), std::greater<>());
  pending_.insert(pending_.end(), files.begin(), files.end());
  return Status::OK();
}

bool InputsReader::OpenNext(Record* record, Status* error) {
  std::string input = std::move(pending_.back());
  pending_.pop_back();
  record->source = input;
  context_ = io::InputContext{input, "", &options_, &stats_};
  std::unique_ptr<io::ByteSource> source;
  if (input == kStdin) {
    source = io::NewFdSource(0, /*owned=*/false, "stdin");
  } else {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      *error = ExpandDirectory(input);
      return error->ok();
    }
    context_.uri = "file://" + fs::absolute(input, ec).lexically_normal().string();
    record->uri = context_.uri;
    *error = io::OpenFileSource(input, &source);
    if (!error->ok()) return false;
  }
  source = std::make_unique<CountingSource>(std::move(source), &stats_.bytes_read);
  current_ = io::NewFormatReader(std::move(source), context_);
  records_in_file_ = 0;
  return true;
}

ReadOutcome InputsReader::Count(ReadOutcome outcome) {
  if (outcome == ReadOutcome::kRecord) ++stats_.records;
  if (outcome == ReadOutcome::kError) ++stats_.errors;
  return outcome;
}

ReadOutcome InputsReader::Next(Record* record, Status* error) {
  for (;;) {
    *record = Record{};
    *error = Status::OK();
    if (!current_) {
      if (pending_.empty()) return ReadOutcome::kEnd;
      if (!OpenNext(record, error)) return Count(ReadOutcome::kError);
      continue;
    }
    ReadOutcome outcome = current_->Next(record, error);
    record->source = context_.source;
    if (outcome == ReadOutcome::kEnd) {
      current_.reset();
      continue;
    }
    if (options_.max_records_per_file && records_in_file_ == options_.max_records_per_file) {
      current_.reset();
      *record = Record{context_.source, record->index};
      *error = Status::TooLarge("more than max_records_per_file (" +
                                std::to_string(options_.max_records_per_file) +
                                ") records; the rest of the file is not read");
      return Count(ReadOutcome::kError);
    }
    ++records_in_file_;
    return Count(outcome);
  }
}

}  // namespace

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == kStdin) return 0;
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      uint64_t size = fs::file_size(input, ec);
      if (!ec) total += size;
      continue;
    }
    for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      std::error_code type_error;
      if (!it->is_regular_file(type_error)) continue;
      uint64_t size = it->file_size(type_error);
      if (!type_error) total += size;
    }
  }
  return total;
}

std::unique_ptr<RecordReader> OpenInputs(const std::vector<std::string>& inputs,
                                         const ReaderOptions& options) {
  return std::make_unique<InputsReader>(inputs, options);
}

}  // namespace lede
