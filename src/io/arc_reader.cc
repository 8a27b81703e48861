// The reader for ARC files (Internet Archive ARC v1 and v2): a "filedesc://"
// file header, then one header line and a block per record.
#include <charconv>
#include <vector>

#include "io/format_reader.h"
#include "io/header_fields.h"
#include "io/payload_block.h"

namespace lede::io {
namespace {

// Fields after the URL on a record line: v1 "IP date type length", v2 adds
// "result-code checksum location offset filename" before the length.
constexpr size_t kV1FieldsAfterUrl = 4;
constexpr size_t kV2FieldsAfterUrl = 9;
constexpr size_t kArcDateDigits = 14;  // YYYYMMDDhhmmss

struct ArcHeader {
  std::string url;
  std::string date;
  std::string type;
  uint64_t length = 0;
};

std::vector<std::string_view> SplitSpaces(std::string_view line) {
  std::vector<std::string_view> tokens;
  while (!line.empty()) {
    size_t space = line.find(' ');
    if (space != 0) tokens.push_back(line.substr(0, space));
    line.remove_prefix(space == std::string_view::npos ? line.size() : space + 1);
  }
  return tokens;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Parses a record line; the URL may hold spaces (they become %20).
bool ParseArcHeader(std::string_view line, size_t fields_after_url, ArcHeader* header) {
  std::vector<std::string_view> tokens = SplitSpaces(TrimLineEnd(line));
  if (tokens.size() <= fields_after_url) return false;
  size_t url_tokens = tokens.size() - fields_after_url;
  std::string_view date = tokens[url_tokens + 1];
  std::string_view length = tokens.back();
  auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), header->length);
  if (ec != std::errc() || end != length.data() + length.size() || !AllDigits(date) ||
      date.size() < kArcDateDigits || tokens[0].find(':') == std::string_view::npos) {
    return false;
  }
  header->url.clear();
  for (size_t i = 0; i < url_tokens; ++i) header->url.append(i ? "%20" : "").append(tokens[i]);
  header->date = date;
  header->type = tokens[url_tokens + 2];
  return true;
}

// "20140216050221" -> "2014-02-16T05:02:21Z".
std::string IsoDate(std::string_view d) {
  return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
         std::string(d.substr(6, 2)) + "T" + std::string(d.substr(8, 2)) + ":" +
         std::string(d.substr(10, 2)) + ":" + std::string(d.substr(12, 2)) + "Z";
}

class ArcReader : public FormatReader {
 public:
  ArcReader(std::unique_ptr<Stream> stream, const InputContext& context)
      : stream_(std::move(stream)), context_(context) {}

  ReadOutcome Next(Record* record, Status* error) override;

 private:
  // Reads the file header's block; its first line gives the ARC version.
  ReadOutcome ReadFileHeader(const ArcHeader& header, Status* error);
  // Reads the block of one captured URL (kEnd when it is skipped).
  ReadOutcome ReadCapture(const ArcHeader& header, Record* record, Status* error);

  std::unique_ptr<Stream> stream_;
  InputContext context_;
  uint64_t index_ = 0;
  size_t fields_after_url_ = kV1FieldsAfterUrl;
  bool resyncing_ = false;  // after a bad record line: skip lines until a good one
  bool done_ = false;
};

ReadOutcome ArcReader::ReadFileHeader(const ArcHeader& header, Status* error) {
  std::string block;
  if (stream_->Read(header.length, &block) < header.length) {
    *error = TruncatedBlockError(*stream_);
    return ReadOutcome::kError;
  }
  if (block.starts_with("2 ")) fields_after_url_ = kV2FieldsAfterUrl;
  ++context_.stats->skipped["filedesc"];
  return ReadOutcome::kEnd;
}

ReadOutcome ArcReader::ReadCapture(const ArcHeader& header, Record* record, Status* error) {
  record->uri = header.url;
  record->fetched_at = IsoDate(header.date);
  BlockInfo info;
  info.length = header.length;
  info.content_type = header.type;
  info.http = header.url.starts_with("http") && stream_->Peek(5) == "HTTP/";
  return ReadPayloadBlock(stream_.get(), info, context_, record, error);
}

ReadOutcome ArcReader::Next(Record* record, Status* error) {
  std::string line;
  while (!done_ && stream_->SkipBlankLines()) {
    LineRead read = stream_->ReadLine(context_.options->max_header_bytes, &line);
    ArcHeader header;
    bool parsed = read == LineRead::kLine && ParseArcHeader(line, fields_after_url_, &header);
    if (!parsed && resyncing_) continue;
    record->index = index_++;
    if (!parsed) {
      resyncing_ = true;
      *error = Status::Corruption("bad ARC record line '" + line.substr(0, 80) +
                                  "'; skipping to the next good one");
      return ReadOutcome::kError;
    }
    resyncing_ = false;
    ReadOutcome outcome = record->index == 0 && header.url.starts_with("filedesc:")
                              ? ReadFileHeader(header, error)
                              : ReadCapture(header, record, error);
    if (outcome == ReadOutcome::kError && !stream_->status().ok()) done_ = true;
    if (outcome != ReadOutcome::kEnd) return outcome;
    *record = Record{};
  }
  if (done_) return ReadOutcome::kEnd;
  done_ = true;
  return EndOfStream(*stream_, index_, record, error);
}

}  // namespace

std::unique_ptr<FormatReader> NewArcReader(std::unique_ptr<Stream> stream,
                                           const InputContext& context) {
  return std::make_unique<ArcReader>(std::move(stream), context);
}

}  // namespace lede::io
