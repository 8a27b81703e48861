#include "io/format_reader.h"

#include "io/gzip_source.h"
#include "io/sniff.h"

namespace lede::io {

ReadOutcome EndOfStream(const Stream& stream, uint64_t next_index, Record* record, Status* error) {
  if (stream.status().ok()) return ReadOutcome::kEnd;
  record->index = next_index;
  *error = stream.status();
  return ReadOutcome::kError;
}

std::unique_ptr<FormatReader> NewFormatReader(std::unique_ptr<ByteSource> source,
                                              const InputContext& context) {
  auto stream = std::make_unique<Stream>(std::move(source));
  InputFormat format = SniffFormat(stream->Peek(kSniffBytes));
  if (format == InputFormat::kGzip) {
    stream = std::make_unique<Stream>(NewInflateSource(std::move(stream), Compression::kGzip));
    format = SniffFormat(stream->Peek(kSniffBytes));
    if (format == InputFormat::kGzip) format = InputFormat::kBinary;  // gzip in gzip
  }
  if (!stream->status().ok()) {  // failed before its first byte: the reader reports it
    return NewDocumentReader(std::move(stream), PayloadKind::kText, context);
  }
  if (stream->AtEnd()) {
    ++context.stats->skipped["empty"];
    return nullptr;
  }
  switch (format) {
    case InputFormat::kWarc:
      return NewWarcReader(std::move(stream), context);
    case InputFormat::kArc:
      return NewArcReader(std::move(stream), context);
    case InputFormat::kJsonl:
      return NewJsonlReader(std::move(stream), context);
    case InputFormat::kHtml:
      return NewDocumentReader(std::move(stream), PayloadKind::kHtml, context);
    case InputFormat::kText:
      return NewDocumentReader(std::move(stream), PayloadKind::kText, context);
    case InputFormat::kGzip:
    case InputFormat::kBinary:
      break;
  }
  ++context.stats->skipped["not_html"];
  return nullptr;
}

}  // namespace lede::io
