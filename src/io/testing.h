// Helpers shared by the io tests and fuzz targets (not part of lede_io).
#ifndef LEDE_IO_TESTING_H_
#define LEDE_IO_TESTING_H_

#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/byte_source.h"
#include "util/deflate.h"
#include "util/read_file.h"
#include "io/format_reader.h"
#include "lede/reader.h"

namespace lede::io::testing {

using lede::ReadFile;

#ifdef LEDE_SHARED_DIR  // defined for test binaries and fuzz targets
inline std::string SamplesDir() { return std::string(LEDE_SHARED_DIR) + "/data/warc-samples/"; }
inline std::string FixturesDir() { return std::string(LEDE_SOURCE_DIR) + "/tests/data/io/"; }
#endif

// Deflate(bytes, window_bits): zlib, gzip or raw deflate (util/deflate.h).
using lede::Deflate;

// Everything a reader produced, in order.
struct ReadResult {
  std::vector<Record> records;
  std::vector<Record> error_records;  // source, index and uri of each error
  std::vector<Status> errors;
  ReaderStats stats;
};

// Calls reader->Next until kEnd, collecting what it yields. Works for a
// RecordReader and a FormatReader alike.
template <typename Reader>
void Drain(Reader* reader, ReadResult* result) {
  Record record;
  Status error;
  for (ReadOutcome outcome; (outcome = reader->Next(&record, &error)) != ReadOutcome::kEnd;
       record = Record{}) {
    if (outcome == ReadOutcome::kRecord) {
      result->records.push_back(record);
    } else {
      result->error_records.push_back(record);
      result->errors.push_back(error);
    }
  }
}

inline ReadResult ReadPaths(const std::vector<std::string>& paths,
                            const ReaderOptions& options = {}) {
  ReadResult result;
  auto reader = OpenInputs(paths, options);
  Drain(reader.get(), &result);
  result.stats = reader->stats();
  return result;
}

// Reads one input through NewFormatReader (no file system): what OpenInputs
// does for a file, minus the "file://" URI of single documents.
inline ReadResult ReadSource(std::unique_ptr<ByteSource> source,
                             const ReaderOptions& options = {}) {
  ReadResult result;
  InputContext context{"memory", "", &options, &result.stats};
  auto reader = NewFormatReader(std::move(source), context);
  if (reader) Drain(reader.get(), &result);
  return result;
}

}  // namespace lede::io::testing

#endif  // LEDE_IO_TESTING_H_
