// The readers' limits as the module's keyword arguments give them; apart from
// convert.h so that only the binding files that read inputs include lede/reader.h.
#ifndef LEDE_PYTHON_READER_OPTIONS_H_
#define LEDE_PYTHON_READER_OPTIONS_H_

#include <cstdint>

#include "lede/reader.h"

namespace lede::python {

// 0 = no limit for each.
inline ReaderOptions MakeReaderOptions(uint64_t max_document_bytes, uint64_t max_records_per_file,
                                       uint64_t max_header_bytes) {
  ReaderOptions options;
  options.max_document_bytes = max_document_bytes;
  options.max_records_per_file = max_records_per_file;
  options.max_header_bytes = max_header_bytes;
  return options;
}

}  // namespace lede::python

#endif  // LEDE_PYTHON_READER_OPTIONS_H_
