// The reader for WARC files (0.17 to 1.1), WET and WAT included: response,
// resource and conversion records become Records; the other types are skipped
// and counted by type.
#include <strings.h>

#include <charconv>

#include "io/format_reader.h"
#include "io/header_fields.h"
#include "io/payload_block.h"

namespace lede::io {
namespace {

constexpr std::string_view kVersionPrefix = "WARC/";

struct WarcHeader {
  HeaderFields fields;
  uint64_t content_length = 0;
};

bool IsType(std::string_view type, std::string_view name) {
  return type.size() == name.size() && strncasecmp(type.data(), name.data(), name.size()) == 0;
}

// WARC-Target-URI as written by some tools: "<http://x/>" (wget 1.14) or with spaces.
std::string NormalizeUri(std::string_view uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = uri.substr(1, uri.size() - 2);
  }
  std::string out;
  for (char c : uri) {
    if (c == ' ') {
      out += "%20";
    } else {
      out += c;
    }
  }
  return out;
}

class WarcReader : public FormatReader {
 public:
  WarcReader(std::unique_ptr<Stream> stream, const InputContext& context)
      : stream_(std::move(stream)), context_(context) {}

  ReadOutcome Next(Record* record, Status* error) override;

 private:
  // Skips lines up to the next version line; returns how many bytes it skipped.
  uint64_t Resync();
  Status ReadHeader(WarcHeader* header);
  // Reads one record: kRecord, kError, or kEnd when it was skipped.
  ReadOutcome ReadRecord(const WarcHeader& header, Record* record, Status* error);

  std::unique_ptr<Stream> stream_;
  InputContext context_;
  uint64_t index_ = 0;
  bool done_ = false;
};

uint64_t WarcReader::Resync() {
  uint64_t start = stream_->offset();
  std::string line;
  while (!stream_->AtEnd() && stream_->Peek(kVersionPrefix.size()) != kVersionPrefix) {
    stream_->ReadLine(1, &line);
  }
  return stream_->offset() - start;
}

Status WarcReader::ReadHeader(WarcHeader* header) {
  const uint64_t limit = context_.options->max_header_bytes;
  std::string block, line;
  stream_->ReadLine(limit, &line);
  for (;;) {
    LineRead read = stream_->ReadLine(limit, &line);
    if (read == LineRead::kEnd) return Status::Corruption("truncated WARC header");
    if (TrimLineEnd(line).empty()) break;
    block.append(line).push_back('\n');
    if (read == LineRead::kTooLong || (limit && block.size() > limit)) {
      return Status::Corruption("WARC header larger than max_header_bytes (" +
                                std::to_string(limit) + ")");
    }
  }
  header->fields = ParseHeaderFields(block);
  std::string_view length = FindField(header->fields, "Content-Length");
  auto [end, ec] =
      std::from_chars(length.data(), length.data() + length.size(), header->content_length);
  if (length.empty() || ec != std::errc() || end != length.data() + length.size()) {
    return Status::Corruption("missing or bad Content-Length '" + std::string(length) + "'");
  }
  return Status::OK();
}

ReadOutcome WarcReader::ReadRecord(const WarcHeader& header, Record* record, Status* error) {
  std::string type(FindField(header.fields, "WARC-Type"));
  std::string content_type(FindField(header.fields, "Content-Type"));
  BlockInfo info;
  info.length = header.content_length;
  info.content_type = content_type;
  info.always_text = IsType(type, "conversion");
  info.http =
      IsType(type, "response") && (content_type.find("application/http") != std::string::npos ||
                                   (content_type.empty() && stream_->Peek(5) == "HTTP/"));
  if (IsType(type, "response") || IsType(type, "resource") || info.always_text) {
    return ReadPayloadBlock(stream_.get(), info, context_, record, error);
  }
  if (stream_->Skip(info.length) < info.length) {
    *error = TruncatedBlockError(*stream_);
    return ReadOutcome::kError;
  }
  ++context_.stats->skipped[type.empty() ? "untyped" : type];
  return ReadOutcome::kEnd;
}

ReadOutcome WarcReader::Next(Record* record, Status* error) {
  while (!done_) {
    if (!stream_->SkipBlankLines()) {
      done_ = true;
      return EndOfStream(*stream_, index_, record, error);
    }
    record->index = index_;
    if (stream_->Peek(kVersionPrefix.size()) != kVersionPrefix) {
      uint64_t at = stream_->offset();
      *error = Status::Corruption("skipped " + std::to_string(Resync()) + " bytes at offset " +
                                  std::to_string(at) + " that are not a WARC record");
      return ReadOutcome::kError;
    }
    ++index_;
    WarcHeader header;
    *error = ReadHeader(&header);
    if (!error->ok()) {
      if (!stream_->status().ok()) {
        *error = stream_->status();
        done_ = true;
      }
      Resync();
      return ReadOutcome::kError;
    }
    record->uri = NormalizeUri(FindField(header.fields, "WARC-Target-URI"));
    record->fetched_at = FindField(header.fields, "WARC-Date");
    ReadOutcome outcome = ReadRecord(header, record, error);
    if (outcome == ReadOutcome::kError && !stream_->status().ok()) done_ = true;
    if (outcome != ReadOutcome::kEnd) return outcome;
    *record = Record{};
  }
  return ReadOutcome::kEnd;
}

}  // namespace

std::unique_ptr<FormatReader> NewWarcReader(std::unique_ptr<Stream> stream,
                                            const InputContext& context) {
  return std::make_unique<WarcReader>(std::move(stream), context);
}

}  // namespace lede::io
