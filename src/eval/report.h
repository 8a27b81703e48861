// The `lede eval extract` report: per development set, lede's scores beside the
// reference bar, as a text table or JSON.
#ifndef LEDE_EVAL_REPORT_H_
#define LEDE_EVAL_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/dev_set.h"
#include "eval/reference_bar.h"
#include "eval/set_score.h"

namespace lede::eval {

struct SetReport {
  std::string set;
  BodyMetric body_metric = BodyMetric::kNone;
  SetScores lede;
  ReferenceBar bar;
  double seconds = 0;  // extraction wall time
  uint64_t bytes = 0;  // page bytes extracted
};

// One row per set: pages, failures, then body / title / authors / date as
// "lede (bar)", "-" where not scored, then speed and the bar's tool and source.
std::string FormatTable(const std::vector<SetReport>& reports);

// [{"set", "pages", "failed", "body_metric", "seconds", "mb_per_s",
//   "lede": {"body": {"score", "pages"} or null, "title", "authors", "date"},
//   "bar": {"tool", "source", "body", ...}}, ...]
nlohmann::json ReportToJson(const std::vector<SetReport>& reports);

}  // namespace lede::eval

#endif  // LEDE_EVAL_REPORT_H_
