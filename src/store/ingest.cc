#include "store/ingest.h"

#include <algorithm>
#include <future>
#include <map>
#include <memory>
#include <utility>

#include "knowledge/analysis.h"
#include "knowledge/outlet_home.h"
#include "util/parallel.h"
#include "util/url.h"

namespace lede {
namespace {

struct Slot {
  Record record;
  Status status;  // the read error, else the extraction status
  bool read_ok = true;
  bool stored = false;  // its URL is in the store already: not extracted again
  NewArticle article;
};

// Reads the next batch; returns false when the inputs are exhausted and the batch is empty.
bool ReadBatch(RecordReader* reader, const IngestOptions& options, std::vector<Slot>* batch) {
  batch->clear();
  uint64_t bytes = 0;
  while ((options.batch_documents == 0 || batch->size() < options.batch_documents) &&
         (options.batch_bytes == 0 || bytes < options.batch_bytes)) {
    Slot slot;
    ReadOutcome outcome = reader->Next(&slot.record, &slot.status);
    if (outcome == ReadOutcome::kEnd) break;
    slot.read_ok = outcome == ReadOutcome::kRecord;
    bytes += slot.record.body.size();
    batch->push_back(std::move(slot));
  }
  return !batch->empty();
}

// Marks the records whose URL the store already has (an interrupted run stored
// them), so that running the same command again does not extract and analyse
// them again.
Status MarkStored(Store* store, std::vector<Slot>* batch) {
  std::vector<std::string> urls;
  urls.reserve(batch->size());
  for (const Slot& slot : *batch) urls.push_back(slot.read_ok ? slot.record.uri : std::string());
  std::vector<bool> stored;
  Status s = store->StoredUrls(urls, &stored);
  for (size_t i = 0; s.ok() && i < batch->size(); ++i) (*batch)[i].stored = stored[i];
  return s;
}

// Each outlet's home by source host (SourceHost): the store's counts when the
// ingest began plus those of every article it has added since, so a batch is
// analysed with the homes as they were when the batch before it was stored, be
// that in this run or in an earlier one that was interrupted.
using OutletHomes = std::map<std::string, OutletHome, std::less<>>;

Status ReadHomes(Store* store, OutletHomes* homes) {
  OutletPlaceCounts places;
  Status s = store->OutletPlaces(&places);
  for (const auto& [host, counts] : places) {
    for (const auto& [admin1, count] : counts) (*homes)[host].Add(admin1, static_cast<float>(count));
  }
  return s;
}

// Adds the places of the articles the store will add (not of those it will skip
// as already stored) to their outlets' homes, as Store::Add adds them to its
// counts. Call after the previous batch is committed and before `articles` are added.
Status LearnHomes(Store* store, const std::vector<NewArticle>& articles, OutletHomes* homes) {
  std::vector<bool> added;
  Status s = store->WouldAdd(articles, &added);
  for (size_t i = 0; s.ok() && i < articles.size(); ++i) {
    const std::string host = SourceHost(articles[i].article);
    if (!added[i] || !articles[i].analysis || host.empty()) continue;
    const OutletHome places = PlacesOfAnalysis(*articles[i].analysis);
    if (places.total() > 0) (*homes)[host].Merge(places, 1);
  }
  return s;
}

// Sets slot->article.analysis, or slot->status when the analyzer fails; the
// article's outlet's home, when `homes` has one, is context for its places.
void Analyze(const Analyzer& analyzer, const OutletHomes& homes, Slot* slot) {
  const auto home = homes.find(SourceHost(slot->article.article));
  AnalyzedArticle analysis;
  slot->status = analyzer.Analyze(slot->article.article, &analysis, nullptr,
                                  home == homes.end() ? nullptr : &home->second);
  if (slot->status.ok()) slot->article.analysis = ToAnalysis(analysis, analyzer.gazetteer());
}

// Extracts (and, when `analyzer` is not null, analyses) the batch's records in
// parallel. `homes` is only read.
void Process(const IngestOptions& options, const Analyzer* analyzer, const OutletHomes& homes,
             std::vector<Slot>* batch) {
  ParallelFor(batch->size(), options.threads, [&](size_t i) {
    Slot& slot = (*batch)[i];
    if (!slot.read_ok || slot.stored) return;
    slot.status = ExtractArticle(slot.record, options.extract, &slot.article.article);
    slot.record.body = std::string();  // the article is all that is kept
    if (slot.status.ok() && slot.article.article.text.empty()) slot.status = Status::Empty("no article text");
    if (slot.status.ok() && analyzer != nullptr) Analyze(*analyzer, homes, &slot);
  });
}

// Reports failures and moves the articles out of the batch, in input order.
std::vector<NewArticle> Harvest(const IngestCallbacks& callbacks, std::vector<Slot>* batch,
                                IngestReport* report) {
  std::vector<NewArticle> articles;
  articles.reserve(batch->size());
  for (Slot& slot : *batch) {
    ++report->documents;
    if (slot.stored) {
      ++report->existing;
      continue;
    }
    if (!slot.status.ok()) {
      ++report->failed;
      if (callbacks.on_error) callbacks.on_error(slot.record, slot.status);
      continue;
    }
    articles.push_back(std::move(slot.article));
  }
  return articles;
}

}  // namespace

Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
              const IngestCallbacks& callbacks, Store* store, IngestReport* report) {
  *report = IngestReport();
  // Loaded with the first batch that has something to analyse (~1 s of CPU), so
  // a rerun over inputs already stored does not load it at all.
  std::unique_ptr<Analyzer> loaded;
  const Analyzer* analyzer = options.analyze ? options.loaded_analyzer : nullptr;
  auto load_analyzer = [&](const std::vector<Slot>& slots) -> Status {
    if (!options.analyze || analyzer != nullptr) return Status::OK();
    if (std::none_of(slots.begin(), slots.end(), [](const Slot& slot) { return slot.read_ok && !slot.stored; })) {
      return Status::OK();
    }
    Status s = Analyzer::Load(options.analyzer, &loaded);
    analyzer = loaded.get();
    return s;
  };
  OutletHomes homes;
  const bool learn_homes = options.analyze && options.outlet_homes;
  if (learn_homes) {
    Status s = ReadHomes(store, &homes);
    if (!s.ok()) return s;
  }
  std::unique_ptr<RecordReader> reader = OpenInputs(inputs, options.reader);
  std::vector<Slot> batch;
  std::future<Status> writing;  // the previous batch's transaction
  AddResult added;
  auto finish_write = [&]() -> Status {
    if (!writing.valid()) return Status::OK();
    Status s = writing.get();
    if (!s.ok()) return s;
    report->added += added.added;
    report->existing += added.existing;
    report->near_duplicates += added.near_duplicates;
    if (callbacks.on_progress) callbacks.on_progress(*report);
    return s;
  };
  while (ReadBatch(reader.get(), options, &batch)) {
    report->bytes_read = reader->stats().bytes_read;
    Status s = MarkStored(store, &batch);
    if (s.ok()) s = load_analyzer(batch);
    if (!s.ok()) return s;
    Process(options, analyzer, homes, &batch);
    s = finish_write();
    if (!s.ok()) return s;
    std::vector<NewArticle> articles = Harvest(callbacks, &batch, report);
    if (analyzer != nullptr && learn_homes) s = LearnHomes(store, articles, &homes);
    if (!s.ok()) return s;
    writing = std::async(std::launch::async, [store, &added, articles = std::move(articles)] {
      return store->Add(articles, &added);
    });
  }
  return finish_write();
}

}  // namespace lede
