// What the binding files share: raising lede.Error for a Status, turning JSON
// into Python objects, and taking documents as str or bytes.
#ifndef LEDE_PYTHON_CONVERT_H_
#define LEDE_PYTHON_CONVERT_H_

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>

#include <nlohmann/json.hpp>

#include "knowledge/analyzer.h"
#include "lede/status.h"

namespace lede::python {

namespace py = pybind11;

// Raises the lede.Error subclass for status.code() (lede/_errors.py) with
// status.message(), after "context: " when context is not empty.
// REQUIRES: !status.ok(); the GIL held.
[[noreturn]] void Raise(const Status& status, const std::string& context = "");

// Raises (see Raise) when status is not ok. REQUIRES: the GIL held.
inline void Check(const Status& status, const std::string& context = "") {
  if (!status.ok()) Raise(status, context);
}

// One JSON text (a line as ToJsonLine writes it, valid UTF-8) as Python objects:
// dict, list, str, int, float, bool, None. REQUIRES: the GIL held.
py::object FromJsonLine(const std::string& line);

// The JSON value as Python objects, serialised as the CLI prints it (invalid UTF-8
// replaced). REQUIRES: the GIL held.
py::object ToPython(const nlohmann::json& value);

// The bytes of a document given as bytes (verbatim) or str (UTF-8).
// Raises TypeError for anything else. REQUIRES: the GIL held.
std::string DocumentBytes(const py::handle& document);

// The analyzer every call of the module shares, loaded on first use with the
// shipped resources ($LEDE_NER_MODEL, $LEDE_DATA_DIR); a failed load is retried on
// the next call. Call without the GIL (loading takes seconds).
Status SharedAnalyzer(const Analyzer** out);

// Adds the bindings of documents.cc (extract, analyze, Reader) and store.cc
// (Store, ingest, merge) and queries.cc (StoreQueries) to the module.
void BindDocuments(py::module_& module);
void BindQueries(py::module_& module);
void BindStore(py::module_& module);

}  // namespace lede::python

#endif  // LEDE_PYTHON_CONVERT_H_
