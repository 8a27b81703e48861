// The extraction development sets in shared/data and their gold, loaded into one
// shape so that one scorer handles all of them. Each folder's README.md says where
// the gold comes from and how it is scored; BodyMetric names that metric.
#ifndef LEDE_EVAL_DEV_SET_H_
#define LEDE_EVAL_DEV_SET_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::eval {

// How a set scores the article body.
enum class BodyMetric {
  kNone,        // no body gold (htmldate-eval)
  kShingleF1,   // article-extraction-benchmark 4-gram shingle F1 (shingle_score.h)
  kSnippetF1,   // trafilatura with/without snippets (snippet_score.h)
  kRougeLsum,   // Fundus ROUGE-LSum over paragraphs (rouge_lsum.h)
};

// "shingle-f1", "snippet-f1", "rouge-lsum" or "-".
std::string_view BodyMetricName(BodyMetric metric);

// One page and its gold. A field without gold is absent (std::nullopt / empty).
struct GoldPage {
  std::string id;    // the set's own key (page id, file name or URL)
  std::string path;  // the page file, plain or gzipped
  std::string url;   // the page's URL as the gold gives it, or empty

  std::string body;                            // kShingleF1 gold text
  std::vector<std::string> body_paragraphs;    // kRougeLsum gold ("[...]" = optional)
  std::vector<std::string> with, without;      // kSnippetF1 gold
  std::optional<std::string> title;
  std::optional<std::vector<std::string>> authors;
  std::optional<std::string> date;             // YYYY-MM-DD
};

struct DevSet {
  std::string name;  // the folder name, e.g. "scrapinghub-aeb"
  std::string dir;   // the folder
  BodyMetric body_metric = BodyMetric::kNone;
  std::vector<GoldPage> pages;
};

// The shared/data folder of the source tree lede was built from.
std::string DefaultDataDir();

// The names LoadDevSet accepts, in the order `lede eval extract` reports them.
const std::vector<std::string>& DevSetNames();

// Loads the set `name` from `data_dir`/`name`. Returns InvalidArgument for an
// unknown name, NotFound / Corruption (naming the file) when its gold is missing or
// malformed. Pages whose page file is missing are left out (the READMEs list them).
Status LoadDevSet(const std::string& data_dir, const std::string& name, DevSet* set);

}  // namespace lede::eval

#endif  // LEDE_EVAL_DEV_SET_H_
