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
  // At most this many records (documents and errors; skipped records do not
  // count) are read from one file; the rest of the file is reported once, as
  // kTooLarge, and not read.
  uint64_t max_records_per_file = 0;
  // Largest WARC/HTTP header block (and ARC record line); larger is kCorruption
  // for that record.
  uint64_t max_header_bytes = 1u << 20;
};

// Counts a reader keeps while it runs, for the end-of-batch summary.
struct ReaderStats {
  uint64_t records = 0;   // Records yielded
  uint64_t errors = 0;    // records reported as errors
  // Records and inputs that are not documents, by reason: a WARC record type
  // ("warcinfo", "request", "metadata", "revisit", ...), "not_html" (images, PDFs,
  // scripts, binary files), "http_not_ok" (a status other than 2xx), "filedesc"
  // (the ARC file header), "empty" (an empty input or payload).
  std::map<std::string, uint64_t> skipped;
  // Bytes read from the inputs so far, as they are on disk (a gzip file's
  // compressed bytes), read-ahead included: against InputBytes, the progress.
  uint64_t bytes_read = 0;
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
// Formats come from content: gzip (one member or many), WARC 0.17-1.1 (response
// and resource records with HTML payloads; WET conversion records as text), ARC
// v1/v2, JSON Lines ({"html"|"text", "url", "title", "published"}), HTML, text.
// A cut gzip member or a read error ends that input with one error.
std::unique_ptr<RecordReader> OpenInputs(const std::vector<std::string>& inputs,
                                         const ReaderOptions& options = {});

// The total size of the inputs as OpenInputs would read them (regular files, and
// the files under directories), or 0 when it is not known up front (stdin is
// among them). Inputs that cannot be read count 0.
uint64_t InputBytes(const std::vector<std::string>& inputs);

}  // namespace lede

#endif  // LEDE_READER_H_
