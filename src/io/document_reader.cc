// The reader for an input that is one document: an HTML page or a text file.
#include "io/format_reader.h"

namespace lede::io {
namespace {

class DocumentReader : public FormatReader {
 public:
  DocumentReader(std::unique_ptr<Stream> stream, PayloadKind kind, const InputContext& context)
      : stream_(std::move(stream)), kind_(kind), context_(context) {}

  ReadOutcome Next(Record* record, Status* error) override {
    if (done_) return ReadOutcome::kEnd;
    done_ = true;
    record->index = 0;
    record->uri = context_.uri;
    record->kind = kind_;
    uint64_t limit = context_.options->max_document_bytes;
    stream_->Read(limit ? limit + 1 : UINT64_MAX, &record->body);
    if (!stream_->status().ok()) {
      *error = stream_->status();
      return ReadOutcome::kError;
    }
    if (limit && record->body.size() > limit) {
      *error = Status::TooLarge("document larger than max_document_bytes (" +
                                std::to_string(limit) + ")");
      record->body.clear();
      return ReadOutcome::kError;
    }
    return ReadOutcome::kRecord;
  }

 private:
  std::unique_ptr<Stream> stream_;
  PayloadKind kind_;
  InputContext context_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<FormatReader> NewDocumentReader(std::unique_ptr<Stream> stream, PayloadKind kind,
                                                const InputContext& context) {
  return std::make_unique<DocumentReader>(std::move(stream), kind, context);
}

}  // namespace lede::io
