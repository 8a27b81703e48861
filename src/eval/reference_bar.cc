#include "eval/reference_bar.h"

#include <vector>

#include "eval/upstream_outputs.h"

namespace lede::eval {
namespace {

// A figure quoted from a README; n = the pages it was measured on.
FieldScore Quoted(double value, size_t pages) { return {value, pages}; }

struct QuotedBar {
  const char* set;
  const char* tool;
  const char* source;
  FieldScore body, title, authors, date;
};

// From the READMEs in shared/data (full upstream sets).
const QuotedBar kQuoted[] = {
    {"newspaper4k-naeb", "newspaper4k 0.9.5", "README: published, full 424-article set",
     Quoted(0.9029, 424), {}, {}, {}},
    {"htmldate-eval", "htmldate 1.10.0 extensive", "README: published, full 1000-page set",
     {}, {}, {}, Quoted(0.949, 1000)},
    {"trafilatura-eval", "trafilatura 2.2.0", "README: published, full 990-page set",
     Quoted(0.924, 990), {}, {}, {}},
    {"readability-pages", "Readability.js", "the gold is its own output",
     Quoted(1, 78), Quoted(1, 78), Quoted(1, 78), Quoted(1, 78)},
    {"fundus-parser-tests", "Fundus per-site parsers", "the gold is their own output",
     Quoted(1, 160), Quoted(1, 160), Quoted(1, 160), Quoted(1, 160)},
};

struct ShippedBar {
  const char* set;
  const char* tool;  // file name under outputs/ or extractions/
  const char* label;
};

const ShippedBar kShipped[] = {
    {"scrapinghub-aeb", "trafilatura", "trafilatura 2.0.0"},
    {"fundus-eval", "trafilatura", "trafilatura 1.12.0"},
};

}  // namespace

Status LoadReferenceBar(const DevSet& set, ReferenceBar* bar) {
  *bar = ReferenceBar{};
  for (const ShippedBar& shipped : kShipped) {
    if (set.name != shipped.set) continue;
    std::vector<Prediction> predictions;
    Status s = LoadUpstreamPredictions(set, shipped.tool, &predictions);
    if (!s.ok()) return s;
    bar->tool = shipped.label;
    bar->source = "its shipped outputs, scored here on this split";
    bar->scores = ScorePredictions(set, predictions, ScoredFields{true, false, false, false});
    return Status::OK();
  }
  for (const QuotedBar& quoted : kQuoted) {
    if (set.name != quoted.set) continue;
    bar->tool = quoted.tool;
    bar->source = quoted.source;
    bar->scores.body = quoted.body;
    bar->scores.title = quoted.title;
    bar->scores.authors = quoted.authors;
    bar->scores.date = quoted.date;
  }
  return Status::OK();
}

}  // namespace lede::eval
