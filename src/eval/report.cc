#include "eval/report.h"

#include <cstdio>

namespace lede::eval {
namespace {

std::string Cell(const FieldScore& lede, const FieldScore& bar) {
  char buf[32];
  if (!lede.scored()) return "-";
  if (!bar.scored()) {
    std::snprintf(buf, sizeof buf, "%.3f", lede.value);
  } else {
    std::snprintf(buf, sizeof buf, "%.3f (%.3f)", lede.value, bar.value);
  }
  return buf;
}

nlohmann::json FieldJson(const FieldScore& f) {
  if (!f.scored()) return nullptr;
  return {{"score", f.value}, {"pages", f.pages}};
}

nlohmann::json ScoresJson(const SetScores& s) {
  return {{"body", FieldJson(s.body)},
          {"title", FieldJson(s.title)},
          {"authors", FieldJson(s.authors)},
          {"date", FieldJson(s.date)}};
}

double MegabytesPerSecond(const SetReport& r) {
  return r.seconds > 0 ? r.bytes / 1e6 / r.seconds : 0.0;
}

}  // namespace

std::string FormatTable(const std::vector<SetReport>& reports) {
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line, "%-20s %5s %4s  %-10s  %-15s %-15s %-15s %-15s %7s  %s\n",
                "set", "pages", "fail", "metric", "body (bar)", "title (bar)", "authors (bar)",
                "date (bar)", "pages/s", "bar");
  out += line;
  for (const SetReport& r : reports) {
    const SetScores& l = r.lede;
    const SetScores& b = r.bar.scores;
    std::snprintf(line, sizeof line, "%-20s %5zu %4zu  %-10s  %-15s %-15s %-15s %-15s %7.1f  %s [%s]\n",
                  r.set.c_str(), l.pages, l.failed, std::string(BodyMetricName(r.body_metric)).c_str(),
                  Cell(l.body, b.body).c_str(), Cell(l.title, b.title).c_str(),
                  Cell(l.authors, b.authors).c_str(), Cell(l.date, b.date).c_str(),
                  r.seconds > 0 ? l.pages / r.seconds : 0.0, r.bar.tool.c_str(),
                  r.bar.source.c_str());
    out += line;
  }
  return out;
}

nlohmann::json ReportToJson(const std::vector<SetReport>& reports) {
  nlohmann::json rows = nlohmann::json::array();
  for (const SetReport& r : reports) {
    nlohmann::json bar = ScoresJson(r.bar.scores);
    bar["tool"] = r.bar.tool;
    bar["source"] = r.bar.source;
    rows.push_back({{"set", r.set},
                    {"pages", r.lede.pages},
                    {"failed", r.lede.failed},
                    {"body_metric", BodyMetricName(r.body_metric)},
                    {"seconds", r.seconds},
                    {"mb_per_s", MegabytesPerSecond(r)},
                    {"lede", ScoresJson(r.lede)},
                    {"bar", bar}});
  }
  return rows;
}

}  // namespace lede::eval
