// lede.Store, lede.ingest and lede.merge: the SQLite store from Python.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "convert.h"
#include "reader_options.h"
#include "extract/article_json.h"
#include "lede/store.h"
#include "store/ingest.h"
#include "store/merge.h"
#include "store/store_json.h"

namespace lede::python {
namespace {

// An open store. Every call releases the GIL while the store works; the C++
// Store serialises calls, so one StoreHandle may be shared by Python threads.
class StoreHandle {
 public:
  StoreHandle(const std::string& path, bool read_only, bool create_if_missing) : path_(path) {
    StoreOptions options;
    options.read_only = read_only;
    options.create_if_missing = create_if_missing && !read_only;
    Status s;
    {
      py::gil_scoped_release unlocked;
      s = Store::Open(path, options, &store_);
    }
    Check(s, path);
  }

  py::object Get(int64_t id) {
    nlohmann::json out;
    Check(Unlocked([&] {
      StoredArticle stored;
      Status status = open()->Get(id, &stored);
      if (status.ok()) out = StoredToJson(stored);
      return status;
    }));
    return ToPython(out);
  }

  py::object Scan(int64_t after_id, size_t limit) {
    nlohmann::json out = nlohmann::json::array();
    Check(Unlocked([&] {
      std::vector<StoredArticle> articles;
      Status status = open()->Scan(after_id, limit, &articles);
      for (const StoredArticle& stored : articles) out.push_back(StoredToJson(stored));
      return status;
    }));
    return ToPython(out);
  }

  py::object Stats() {
    StoreStats stats;
    Check(Unlocked([&] { return open()->Stats(&stats); }));
    return ToPython(StoreStatsToJson(stats));
  }

  void Close() {
    py::gil_scoped_release unlocked;
    store_.reset();
  }

  const std::string& path() const { return path_; }

 private:
  // Runs `work` without the GIL; a closed store is an invalid_argument Status.
  template <typename Work>
  Status Unlocked(Work work) {
    if (store_ == nullptr) return Status::InvalidArgument(path_ + ": the store is closed");
    py::gil_scoped_release unlocked;
    return work();
  }
  Store* open() { return store_.get(); }

  const std::string path_;
  std::unique_ptr<Store> store_;
};

// Ingest's outcome as a dict: the report's counts, plus up to max_errors failed
// records {source, record, url, code, message}.
py::dict IngestResult(const IngestReport& report, const nlohmann::json& errors) {
  py::dict out;
  out["documents"] = report.documents;
  out["added"] = report.added;
  out["existing"] = report.existing;
  out["near_duplicates"] = report.near_duplicates;
  out["failed"] = report.failed;
  out["errors"] = ToPython(errors);
  return out;
}

py::dict IngestInputs(const std::vector<std::string>& inputs, const std::string& db,
                      unsigned threads, bool analyze, bool outlet_homes, size_t batch_documents,
                      uint64_t batch_bytes, uint64_t max_document_bytes,
                      uint64_t max_records_per_file, uint64_t max_header_bytes, size_t max_errors,
                      const py::object& on_progress) {
  IngestOptions options;
  options.threads = std::max(1u, threads);
  options.analyze = analyze;
  options.outlet_homes = outlet_homes;
  options.batch_documents = batch_documents;
  options.batch_bytes = batch_bytes;
  options.reader = MakeReaderOptions(max_document_bytes, max_records_per_file, max_header_bytes);
  options.extract.max_document_bytes = max_document_bytes;
  nlohmann::json errors = nlohmann::json::array();
  IngestCallbacks callbacks;
  callbacks.on_error = [&](const Record& record, const Status& error) {
    if (errors.size() >= max_errors) return;
    errors.push_back({{"source", record.source}, {"record", record.index}, {"url", record.uri},
                      {"code", error.CodeName()}, {"message", error.message()}});
  };
  if (!on_progress.is_none()) {
    callbacks.on_progress = [&](const IngestReport& report) {
      py::gil_scoped_acquire locked;
      on_progress(IngestResult(report, nlohmann::json::array()));
    };
  }
  IngestReport report;
  Status s;
  {
    py::gil_scoped_release unlocked;
    if (analyze) s = SharedAnalyzer(&options.loaded_analyzer);
    std::unique_ptr<Store> store;
    if (s.ok()) s = Store::Open(db, StoreOptions(), &store);
    if (s.ok()) s = Ingest(inputs, options, callbacks, store.get(), &report);
  }
  Check(s, db);
  return IngestResult(report, errors);
}

py::dict MergeShards(const std::string& out_path, const std::vector<std::string>& shards, size_t batch) {
  if (batch == 0) throw py::value_error("batch must be at least 1");
  AddResult totals;
  nlohmann::json failed = nlohmann::json::array();
  Status s;
  {
    py::gil_scoped_release unlocked;
    std::unique_ptr<Store> out;
    s = Store::Open(out_path, StoreOptions(), &out);
    for (size_t i = 0; s.ok() && i < shards.size(); ++i) {
      Status shard = MergeStore(shards[i], batch, out.get(), &totals);
      if (!shard.ok()) failed.push_back({{"shard", shards[i]}, {"code", shard.CodeName()},
                                         {"message", shard.message()}});
    }
  }
  Check(s, out_path);
  py::dict result;
  result["added"] = totals.added;
  result["existing"] = totals.existing;
  result["near_duplicates"] = totals.near_duplicates;
  result["failed"] = ToPython(failed);
  return result;
}

}  // namespace

void BindStore(py::module_& m) {
  const IngestOptions ingest_defaults;
  const ReaderOptions reader_defaults;
  py::class_<StoreHandle>(m, "Store", R"doc(A lede store: one SQLite file (docs/schema.md).

Opens the store at path, creating it when missing unless create_if_missing is
False (then lede.NotFoundError); read_only=True opens it for reading only.
A file that is not a lede store raises lede.CorruptionError. Every call releases
the GIL; one Store may be shared by threads (calls are serialised).)doc")
      .def(py::init<const std::string&, bool, bool>(), py::arg("path"), py::kw_only(),
           py::arg("read_only") = false, py::arg("create_if_missing") = true)
      .def("get", &StoreHandle::Get, py::arg("id"),
           R"doc(Article `id` as `lede show --format json` prints it: the article's fields
plus id, source, duplicate_of, ingested_at. Raises lede.NotFoundError (a
LookupError) when there is none.)doc")
      .def("scan", &StoreHandle::Scan, py::arg("after_id") = 0, py::arg("limit") = 256,
           R"doc(Up to `limit` articles with id > after_id, in id order (0 = no limit),
as lede.Store.get returns them; an empty list means the end.)doc")
      .def("stats", &StoreHandle::Stats,
           R"doc(Counts: articles, near_duplicates, sources, entities, quotes, events,
schema_version (as `lede stats --format json`).)doc")
      .def("close", &StoreHandle::Close,
           "Closes the store; later calls raise lede.InvalidArgumentError.")
      .def_property_readonly("path", &StoreHandle::path, "The store's file.");
  m.def("ingest", &IngestInputs, py::arg("inputs"), py::arg("db"), py::kw_only(),
        py::arg("threads") = 1, py::arg("analyze") = ingest_defaults.analyze,
        py::arg("outlet_homes") = ingest_defaults.outlet_homes,
        py::arg("batch_documents") = ingest_defaults.batch_documents,
        py::arg("batch_bytes") = ingest_defaults.batch_bytes,
        py::arg("max_document_bytes") = reader_defaults.max_document_bytes,
        py::arg("max_records_per_file") = reader_defaults.max_records_per_file,
        py::arg("max_header_bytes") = reader_defaults.max_header_bytes,
        py::arg("max_errors") = 1000, py::arg("on_progress") = py::none(),
        R"doc(Extracts the documents of `inputs`, analyses them and adds them with every
analysis layer to the store `db`, as `lede ingest` does: one transaction per
batch, idempotent and resumable. The analysis resources are loaded once per
process and shared with lede.analyze.

threads: extraction and analysis threads; analyze=False stores the articles
without their layers (faster); outlet_homes=False places each article's towns by
its text and URL alone (`lede ingest --no-outlet-homes`); batch_documents / batch_bytes: documents and record
bytes per transaction (0 = no limit); reader limits as for lede.read.
on_progress(report) is called after every committed batch (an exception it raises
stops the ingest and propagates; the batches committed stay). Bad records do not
stop the run: they are counted in "failed" and the first max_errors are listed.
Returns {documents, added, existing, near_duplicates, failed, errors: [{source,
record, url, code, message}]}. Raises lede.Error only when the store fails
(batches committed before stay). The GIL is released while ingesting.)doc");
  m.def("merge", &MergeShards, py::arg("out"), py::arg("shards"), py::kw_only(), py::arg("batch") = 512,
        R"doc(Adds the articles of the stores `shards`, in order, to the store `out`, as
`lede merge` does (ingest's identity rules; re-running completes an interrupted
merge). batch: articles per transaction. A shard that cannot be merged does not
stop the others; it is listed in "failed". Returns {added, existing,
near_duplicates, failed: [{shard, code, message}]}. Raises lede.Error when `out`
cannot be opened. The GIL is released while merging.)doc");
}

}  // namespace lede::python
