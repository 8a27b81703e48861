// lede.extract, lede.analyze and lede.Reader (behind lede.read): one document, or
// the documents of input files, as the dicts `lede extract` / `lede analyze` print.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "convert.h"
#include "reader_options.h"
#include "extract/article_json.h"
#include "io/sniff.h"
#include "knowledge/analysis_json.h"
#include "knowledge/analyzer.h"
#include "lede/extractor.h"
#include "lede/reader.h"

namespace lede::python {
namespace {

// A document handed in from Python as one Record. A str is already decoded, so it
// is declared UTF-8 (over any <meta charset> it carries); bytes are sniffed.
Record DocumentRecord(const py::handle& document, const std::optional<std::string>& url,
                      PayloadKind kind) {
  Record record;
  record.source = "<python>";
  record.uri = url.value_or("");
  if (py::isinstance<py::str>(document)) record.content_type = "text/html; charset=utf-8";
  record.kind = kind;
  record.body = DocumentBytes(document);
  return record;
}

// The analysis JSON line of `article`, or the reason it failed.
Status AnalyzeToLine(Article article, std::string* line) {
  const Analyzer* analyzer = nullptr;
  Status s = SharedAnalyzer(&analyzer);
  AnalyzedArticle analysis;
  if (s.ok()) s = analyzer->Analyze(std::move(article), &analysis);
  if (s.ok()) *line = ToJsonLine(AnalysisToJson(analysis, analyzer->gazetteer()));
  return s;
}

py::object Extract(const py::handle& html, const std::optional<std::string>& url,
                   uint64_t max_document_bytes, uint32_t max_dom_depth) {
  const Record record = DocumentRecord(html, url, PayloadKind::kHtml);
  ExtractOptions options;
  options.max_document_bytes = max_document_bytes;
  options.max_dom_depth = max_dom_depth;
  std::string line;
  Status s;
  {
    py::gil_scoped_release unlocked;
    Article article;
    s = ExtractArticle(record, options, &article);
    if (s.ok()) line = ToJsonLine(ArticleToJson(article));
  }
  Check(s);
  return FromJsonLine(line);
}

py::object Analyze(const py::handle& text_or_html, const std::optional<std::string>& url, bool as_is,
                   uint64_t max_document_bytes, uint32_t max_dom_depth) {
  Record record = DocumentRecord(text_or_html, url, PayloadKind::kHtml);
  std::string line;
  Status s;
  {
    py::gil_scoped_release unlocked;
    Article article;
    if (as_is) {
      article.url = record.uri;
      article.text = std::move(record.body);
    } else {
      if (!io::LooksLikeHtml(std::string_view(record.body).substr(0, io::kSniffBytes))) {
        record.kind = PayloadKind::kText;
      }
      ExtractOptions options;
      options.max_document_bytes = max_document_bytes;
      options.max_dom_depth = max_dom_depth;
      s = ExtractArticle(record, options, &article);
    }
    if (s.ok()) s = AnalyzeToLine(std::move(article), &line);
  }
  Check(s);
  return FromJsonLine(line);
}

// Iterates the documents of input files as dicts: extracted articles, or with
// `analyze` every layer too. A record that cannot be read, extracted or analysed
// is yielded as {"url", "error": {"code", "message"}, "source", "record"} (an
// article without text keeps its metadata), and iteration goes on.
// Thread-safe: calls are serialised.
class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, bool analyze, const ReaderOptions& reader,
                 const ExtractOptions& extract)
      : reader_(OpenInputs(inputs, reader)), analyze_(analyze), extract_(extract) {}

  py::object Next() {
    std::optional<std::string> line;
    {
      py::gil_scoped_release unlocked;
      std::lock_guard<std::mutex> lock(mutex_);
      line = NextLine();
    }
    if (!line) throw py::stop_iteration();
    return FromJsonLine(*line);
  }

  py::object Stats() {
    ReaderStats stats;
    {
      py::gil_scoped_release unlocked;
      std::lock_guard<std::mutex> lock(mutex_);
      stats = reader_->stats();
    }
    py::dict out;
    out["records"] = stats.records;
    out["errors"] = stats.errors;
    out["skipped"] = stats.skipped;
    return out;
  }

 private:
  // The JSON line of the next record, or nothing at the end.
  std::optional<std::string> NextLine() {
    Record record;
    Status error;
    switch (reader_->Next(&record, &error)) {
      case ReadOutcome::kEnd:
        return std::nullopt;
      case ReadOutcome::kError:
        return ToJsonLine(Failed(record, error, ErrorToJson(record.uri, error)));
      case ReadOutcome::kRecord:
        break;
    }
    Article article;
    Status s = ExtractArticle(record, extract_, &article);
    if (s.code() == Status::Code::kEmpty) return ToJsonLine(Failed(record, s, ArticleToJson(article)));
    std::string line;
    if (s.ok() && !analyze_) line = ToJsonLine(ArticleToJson(article));
    if (s.ok() && analyze_) s = AnalyzeToLine(std::move(article), &line);
    if (!s.ok()) return ToJsonLine(Failed(record, s, ErrorToJson(record.uri, s)));
    return line;
  }

  // `base` with the error and where it happened.
  static nlohmann::json Failed(const Record& record, const Status& error, nlohmann::json base) {
    base["error"] = {{"code", error.CodeName()}, {"message", error.message()}};
    base["source"] = record.source;
    base["record"] = record.index;
    return base;
  }

  std::mutex mutex_;
  std::unique_ptr<RecordReader> reader_;
  const bool analyze_;
  const ExtractOptions extract_;
};

}  // namespace

void BindDocuments(py::module_& m) {
  const ReaderOptions reader_defaults;
  const ExtractOptions extract_defaults;
  m.def("extract", &Extract, py::arg("html"), py::arg("url") = py::none(), py::kw_only(),
        py::arg("max_document_bytes") = extract_defaults.max_document_bytes,
        py::arg("max_dom_depth") = extract_defaults.max_dom_depth,
        R"doc(The article of one HTML page, as `lede extract` prints it.

html: the page as bytes (charset found as the CLI finds it: BOM, <meta>, detection)
  or str (taken as already decoded). url: reported as the article's "url" when the
  page has no canonical URL. Returns a dict: url, title, authors, published,
  dateline, lang, site_name, text, ... (docs/DESIGN.md, output contract).
Raises lede.EmptyError when no article text is found, lede.TooLargeError over
max_document_bytes (0 = no limit), lede.CorruptionError for bytes that cannot be
decoded. Elements nested deeper than max_dom_depth are flattened (0 = no limit).
The GIL is released while the C++ code runs.)doc");
  m.def("analyze", &Analyze, py::arg("text_or_html"), py::arg("url") = py::none(),
        py::arg("as_is") = false, py::kw_only(),
        py::arg("max_document_bytes") = extract_defaults.max_document_bytes,
        py::arg("max_dom_depth") = extract_defaults.max_dom_depth,
        R"doc(The article with every annotation layer, as `lede analyze` prints it.

text_or_html: an HTML page or plain text (str or bytes; HTML is recognised from
its first bytes). With as_is=True the input is taken verbatim as the article text
(no extraction), so every offset indexes its own UTF-8 bytes. Returns the dict
of lede.extract plus entities, locations, quotes, counts, events, themes, tone;
offsets are UTF-8 byte offsets into "text". The analysis resources are loaded on
the first call ($LEDE_NER_MODEL, $LEDE_DATA_DIR override where from). Raises as
lede.extract does, and lede.NotFoundError / lede.CorruptionError when the
resources cannot be loaded. The GIL is released while the C++ code runs.)doc");
  py::class_<DocumentReader>(m, "Reader", R"doc(An iterator over the documents of input files (use lede.read).

inputs: files, directories (walked recursively, sorted) or "-" for stdin, in any
format lede reads (HTML, gzip, WARC/WET/ARC, JSON Lines, text), found from
content. Yields one dict per document as `lede extract` prints it, or with
analyze=True as `lede analyze` does. A record that cannot be read, extracted or
analysed is yielded as {"url", "error": {"code", "message"}, "source": file,
"record": index} (an article without text keeps its metadata) and iteration
goes on. Limits (0 = no limit): max_document_bytes per record,
max_records_per_file, max_header_bytes per WARC/HTTP header block,
max_dom_depth for HTML nesting. The GIL is released while a record is read and
processed.)doc")
      .def(py::init([](std::vector<std::string> inputs, bool analyze, uint64_t max_document_bytes,
                       uint64_t max_records_per_file, uint64_t max_header_bytes, uint32_t max_dom_depth) {
             ExtractOptions extract;
             extract.max_document_bytes = max_document_bytes;
             extract.max_dom_depth = max_dom_depth;
             return std::make_unique<DocumentReader>(
                 std::move(inputs), analyze,
                 MakeReaderOptions(max_document_bytes, max_records_per_file, max_header_bytes), extract);
           }),
           py::arg("inputs"), py::kw_only(), py::arg("analyze") = false,
           py::arg("max_document_bytes") = reader_defaults.max_document_bytes,
           py::arg("max_records_per_file") = reader_defaults.max_records_per_file,
           py::arg("max_header_bytes") = reader_defaults.max_header_bytes,
           py::arg("max_dom_depth") = extract_defaults.max_dom_depth)
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &DocumentReader::Next)
      .def_property_readonly("stats", &DocumentReader::Stats,
                             "Counts so far: records, errors, skipped (by reason).");
}

}  // namespace lede::python
