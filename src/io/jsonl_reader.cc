// The reader for JSON Lines: one object per line with "html" or "text" and
// optionally "url", "title", "published" (other fields are ignored).
#include <simdjson.h>

#include "io/format_reader.h"
#include "io/header_fields.h"

namespace lede::io {
namespace {

// The fields of one line that lede uses.
struct JsonlFields {
  std::string_view html, text, url, title, published;
  bool has_html = false, has_text = false;
};

// Parses one line (`size` bytes of `padded`, which has simdjson's padding after
// them); returns kCorruption with simdjson's reason when it is not a JSON object.
// Fields that are not strings (null included) are ignored.
Status ParseLine(simdjson::dom::parser* parser, const std::string& padded, size_t size,
                 JsonlFields* out) {
  simdjson::dom::object object;
  auto error = parser->parse(padded.data(), size, /*realloc_if_needed=*/false).get(object);
  if (error) return Status::Corruption(std::string("bad JSON: ") + simdjson::error_message(error));
  for (auto [key, value] : object) {
    std::string_view text;
    if (value.get_string().get(text)) continue;
    if (key == "html") {
      out->html = text;
      out->has_html = true;
    } else if (key == "text") {
      out->text = text;
      out->has_text = true;
    } else if (key == "url")
      out->url = text;
    else if (key == "title")
      out->title = text;
    else if (key == "published")
      out->published = text;
  }
  return Status::OK();
}

class JsonlReader : public FormatReader {
 public:
  JsonlReader(std::unique_ptr<Stream> stream, const InputContext& context)
      : stream_(std::move(stream)), context_(context) {}

  ReadOutcome Next(Record* record, Status* error) override;

 private:
  ReadOutcome ReadLine(Record* record, Status* error);

  std::unique_ptr<Stream> stream_;
  InputContext context_;
  simdjson::dom::parser parser_;
  std::string line_;
  uint64_t index_ = 0;
  bool done_ = false;
};

ReadOutcome JsonlReader::ReadLine(Record* record, Status* error) {
  const uint64_t limit = context_.options->max_document_bytes;
  LineRead read = stream_->ReadLine(limit, &line_);
  record->index = index_++;
  if (read == LineRead::kTooLong) {
    *error =
        Status::TooLarge("line longer than max_document_bytes (" + std::to_string(limit) + ")");
    return ReadOutcome::kError;
  }
  size_t size = TrimLineEnd(line_).size();
  if (line_.find_first_not_of(" \t\r") == std::string::npos) return ReadOutcome::kEnd;
  line_.resize(size + simdjson::SIMDJSON_PADDING);
  JsonlFields fields;
  *error = ParseLine(&parser_, line_, size, &fields);
  if (!error->ok()) return ReadOutcome::kError;
  record->uri = fields.url;
  record->title_hint = fields.title;
  record->published_hint = fields.published;
  if (!fields.has_html && !fields.has_text) {
    *error = Status::Corruption("line has no \"html\" or \"text\" string");
    return ReadOutcome::kError;
  }
  record->kind = fields.has_html ? PayloadKind::kHtml : PayloadKind::kText;
  record->body = fields.has_html ? fields.html : fields.text;
  return ReadOutcome::kRecord;
}

ReadOutcome JsonlReader::Next(Record* record, Status* error) {
  while (!done_) {
    if (stream_->AtEnd()) {
      done_ = true;
      return EndOfStream(*stream_, index_, record, error);
    }
    ReadOutcome outcome = ReadLine(record, error);
    if (outcome != ReadOutcome::kEnd) return outcome;
    *record = Record{};
  }
  return ReadOutcome::kEnd;
}

}  // namespace

std::unique_ptr<FormatReader> NewJsonlReader(std::unique_ptr<Stream> stream,
                                             const InputContext& context) {
  return std::make_unique<JsonlReader>(std::move(stream), context);
}

}  // namespace lede::io
