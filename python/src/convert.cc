#include "convert.h"

#include <mutex>

#include "extract/article_json.h"

namespace lede::python {

void Raise(const Status& status, const std::string& context) {
  py::object error_class =
      py::module_::import("lede._errors").attr("error_class")(std::string(status.CodeName()));
  const std::string message = context.empty() ? status.message() : context + ": " + status.message();
  PyErr_SetObject(error_class.ptr(), py::str(message).ptr());
  throw py::error_already_set();
}

py::object FromJsonLine(const std::string& line) {
  static py::object* loads = new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(py::str(line));
}

py::object ToPython(const nlohmann::json& value) { return FromJsonLine(ToJsonLine(value)); }

std::string DocumentBytes(const py::handle& document) {
  if (py::isinstance<py::bytes>(document)) return document.cast<std::string>();
  if (py::isinstance<py::str>(document)) return document.cast<std::string>();
  throw py::type_error("a document is str or bytes, not " +
                       std::string(py::str(document.get_type().attr("__name__"))));
}

Status SharedAnalyzer(const Analyzer** out) {
  static std::mutex mutex;
  static std::unique_ptr<Analyzer> analyzer;
  std::lock_guard<std::mutex> lock(mutex);
  if (analyzer == nullptr) {
    Status s = Analyzer::Load(AnalyzerOptions(), &analyzer);
    if (!s.ok()) return s;
  }
  *out = analyzer.get();
  return Status::OK();
}

}  // namespace lede::python
