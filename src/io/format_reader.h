// FormatReader: reads the records of one input in one format. inputs.cc chains
// them; NewFormatReader picks the one that fits the input's first bytes.
#ifndef LEDE_IO_FORMAT_READER_H_
#define LEDE_IO_FORMAT_READER_H_

#include <memory>
#include <string>

#include "io/byte_source.h"
#include "io/stream.h"
#include "lede/reader.h"

namespace lede::io {

// What every format reader is given. The pointers outlive the reader.
struct InputContext {
  std::string source;  // the input's name for Record::source ("-" for stdin)
  std::string uri;     // "file://" + absolute path for files, "" for stdin
  const ReaderOptions* options = nullptr;
  ReaderStats* stats = nullptr;  // skipped records are counted here
};

// Not thread-safe. Next() fills record fields other than source (set by the
// caller); after kError it may be called again, and returns kEnd for good once
// the input cannot be read further.
class FormatReader {
 public:
  virtual ~FormatReader() = default;
  virtual ReadOutcome Next(Record* record, Status* error) = 0;
};

// For a reader whose stream has ended: kEnd, or kError with the stream's read
// error, naming next_index (the record that could not be read).
ReadOutcome EndOfStream(const Stream& stream, uint64_t next_index, Record* record, Status* error);

// Sniffs `source` (inflating gzip first) and returns the reader for its format.
// Returns null, after counting it in stats->skipped, for an empty input ("empty")
// or a binary one ("not_html").
std::unique_ptr<FormatReader> NewFormatReader(std::unique_ptr<ByteSource> source,
                                              const InputContext& context);

// The readers NewFormatReader chooses from; each takes a stream positioned at
// the start of its input.
std::unique_ptr<FormatReader> NewWarcReader(std::unique_ptr<Stream> stream,
                                            const InputContext& context);
std::unique_ptr<FormatReader> NewArcReader(std::unique_ptr<Stream> stream,
                                           const InputContext& context);
std::unique_ptr<FormatReader> NewJsonlReader(std::unique_ptr<Stream> stream,
                                             const InputContext& context);
// The whole input is one document of the given kind (an HTML page, a text file).
std::unique_ptr<FormatReader> NewDocumentReader(std::unique_ptr<Stream> stream, PayloadKind kind,
                                                const InputContext& context);

}  // namespace lede::io

#endif  // LEDE_IO_FORMAT_READER_H_
