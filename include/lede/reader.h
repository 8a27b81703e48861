// Readers: turn input files (HTML, gzip, WARC, WET, ARC, JSONL, text, stdin,
// directories) into a stream of Records. Formats are found from content.
#ifndef LEDE_READER_H_
#define LEDE_READER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lede/record.h"
#include "lede/status.h"

namespace lede {

// Every limit a reader enforces. 0 = no limit.
struct ReaderOptions {
  // Largest payload kept for one record; larger records are reported as
  // kTooLarge and skipped (the reader goes on with the next record).
  uint64_t max_document_bytes = 16u << 20;
  // At most this many records are read from one file; the rest are reported once.
  uint64_t max_records_per_file = 0;
  // Largest WARC/HTTP header block; larger is kCorruption for that record.
  uint64_t max_header_bytes = 1u << 20;
};

// Counts a reader keeps while it runs, for the end-of-batch summary.
struct ReaderStats {
  uint64_t records = 0;   // Records yielded
  uint64_t errors = 0;    // records reported as errors
  std::map<std::string, uint64_t> skipped;  // skipped records by reason ("request", "revisit", ...)
};

// The outcome of RecordReader::Next.
enum class ReadOutcome {
  kRecord,  // *record holds the next document
  kError,   // *error says why one record (or the rest of the file) could not be read;
            // record->source and record->index name it; call Next again to go on
  kEnd,     // no more records
};

// A stream of Records from one or more inputs. Memory is bounded by the largest
// single document, never by the size of a file. Not thread-safe.
class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Fills *record (or *error) and says which. REQUIRES: record, error non-null.
  virtual ReadOutcome Next(Record* record, Status* error) = 0;
  virtual const ReaderStats& stats() const = 0;
};

// Opens the inputs in order: files (any supported format, optionally gzipped),
// directories (walked recursively, sorted by path), or "-" for stdin.
// A missing or unreadable input is reported by Next() as an error, not here.
std::unique_ptr<RecordReader> OpenInputs(const std::vector<std::string>& inputs,
                                         const ReaderOptions& options = {});

}  // namespace lede

#endif  // LEDE_READER_H_
