#include "eval/dev_set.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "eval/field_scores.h"
#include "eval/html_text.h"
#include "eval/page_file.h"

namespace lede::eval {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The string at j[key], or "" when absent, null or not a string.
std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The value at j[key] as a string: strings as they are, numbers written out.
std::string Key(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  return it->is_string() ? it->get<std::string>() : it->is_number() ? it->dump() : std::string();
}

std::vector<std::string> Strings(const json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const json& item : j) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<std::string> Day(const std::string& date) {
  if (date.size() < 10) return std::nullopt;
  return date.substr(0, 10);
}

// NAEB's "authors": names separated by commas (its README; eval_fields.py).
std::vector<std::string> SplitCommas(const std::string& list) {
  std::vector<std::string> names;
  size_t start = 0;
  for (size_t end; start <= list.size(); start = end + 1) {
    end = std::min(list.find(',', start), list.size());
    size_t b = start, e = end;
    while (b < e && list[b] == ' ') ++b;
    while (e > b && list[e - 1] == ' ') --e;
    if (e > b) names.push_back(list.substr(b, e - b));
  }
  return names;
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

Status LoadAeb(DevSet* set) {
  json gold;
  Status s = ReadJsonFile(set->dir + "/ground-truth.json", &gold);
  if (!s.ok()) return s;
  for (const auto& [id, v] : gold.items()) {
    GoldPage page{.id = id, .path = set->dir + "/html/" + id + ".html.gz", .url = Str(v, "url")};
    page.body = Str(v, "articleBody");
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

Status LoadNaeb(DevSet* set) {
  json gold;
  Status s = ReadJsonFile(set->dir + "/news_articles.json", &gold);
  if (!s.ok()) return s;
  for (const json& a : gold) {
    GoldPage page{.id = Key(a, "id"), .path = set->dir + "/html/" + Str(a, "html_file") + ".html.gz",
                  .url = Str(a, "link")};
    if (!fs::exists(page.path)) continue;
    page.body = Str(a, "text");
    page.title = NonEmpty(Str(a, "title"));
    std::vector<std::string> authors = SplitCommas(Str(a, "authors"));
    if (!authors.empty()) page.authors = std::move(authors);
    page.date = Day(Str(a, "date"));
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

Status LoadHtmldate(DevSet* set) {
  json moved = json::object();
  if (fs::exists(set->dir + "/shared_with_trafilatura_eval.json")) {
    Status s = ReadJsonFile(set->dir + "/shared_with_trafilatura_eval.json", &moved);
    if (!s.ok()) return s;
  }
  for (const char* name : {"eval_default.json", "eval_mediacloud_2020.json"}) {
    json gold;
    Status s = ReadJsonFile(set->dir + "/" + name, &gold);
    if (!s.ok()) return s;
    for (const auto& [url, v] : gold.items()) {
      const std::string file = Str(v, "file") + ".gz";
      GoldPage page{.id = url, .path = set->dir + "/html/" + file, .url = url};
      if (!fs::exists(page.path) && moved.contains(file) && moved[file].is_string()) {
        page.path = (fs::path(set->dir) / moved[file].get<std::string>()).lexically_normal();
      }
      if (!fs::exists(page.path)) continue;
      page.date = Day(Str(v, "date"));
      set->pages.push_back(std::move(page));
    }
  }
  return Status::OK();
}

// Readability's test pages are served from this URL in its own test harness.
constexpr char kReadabilityTestUrl[] = "http://fakehost/test/page.html";

Status LoadReadability(DevSet* set) {
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(set->dir + "/test-pages", ec)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  if (ec) return Status::NotFound(set->dir + "/test-pages: " + ec.message());
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    json meta;
    std::string expected;
    Status s = ReadJsonFile(dir / "expected-metadata.json", &meta);
    if (s.ok()) s = ReadMaybeGzipped(dir / "expected.html.gz", &expected);
    if (!s.ok()) return s;
    GoldPage page{.id = dir.filename(), .path = dir / "source.html.gz", .url = kReadabilityTestUrl};
    page.body = HtmlFragmentText(expected);
    page.title = NonEmpty(Str(meta, "title"));
    std::vector<std::string> authors = SplitByline(Str(meta, "byline"));
    if (!authors.empty()) page.authors = std::move(authors);
    page.date = Day(Str(meta, "publishedTime"));
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

Status LoadTrafilatura(DevSet* set) {
  json gold;
  Status s = ReadJsonFile(set->dir + "/evaldata.json", &gold);
  if (!s.ok()) return s;
  for (const auto& [url, v] : gold.items()) {
    GoldPage page{.id = url, .path = set->dir + "/html/" + Str(v, "file") + ".gz", .url = url};
    if (!fs::exists(page.path)) continue;
    page.with = Strings(v.value("with", json()));
    page.without = Strings(v.value("without", json()));
    page.title = NonEmpty(Str(v, "title"));
    std::vector<std::string> authors;
    const json author = v.value("author", json());  // a byline, or a list of them
    for (const std::string& byline : author.is_array() ? Strings(author) : std::vector{Str(v, "author")}) {
      for (std::string& name : SplitByline(byline)) authors.push_back(std::move(name));
    }
    if (!authors.empty()) page.authors = std::move(authors);
    page.date = Day(Str(v, "date"));
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

Status LoadFundusEval(DevSet* set) {
  json gold;
  Status s = ReadJsonFile(set->dir + "/ground_truth.json", &gold);
  if (!s.ok()) return s;
  for (const auto& [key, v] : gold.items()) {
    GoldPage page{.id = key, .path = set->dir + "/html/" + key, .url = Str(v, "url")};
    page.body_paragraphs = Strings(v.value("body", json()));
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

// Fundus's body: summary, then each section's headline and paragraphs.
std::string FundusBody(const json& body) {
  std::vector<std::string> parts = Strings(body.value("summary", json()));
  for (const json& section : body.value("sections", json::array())) {
    for (const char* key : {"headline", "paragraphs"}) {
      for (std::string& p : Strings(section.value(key, json()))) parts.push_back(std::move(p));
    }
  }
  return JoinParagraphs(parts);
}

Status LoadFundusParserTests(DevSet* set) {
  json index;
  Status s = ReadJsonFile(set->dir + "/index.json", &index);
  if (!s.ok()) return s;
  std::map<std::string, json> gold_files;
  for (const json& entry : index) {
    const std::string gold_path = set->dir + "/" + Str(entry, "gold");
    json& versions = gold_files[gold_path];
    if (versions.is_null()) {
      s = ReadJsonFile(gold_path, &versions);
      if (!s.ok()) return s;
    }
    const json& gold = versions.value(Str(entry, "version"), json::object());
    GoldPage page{.id = Str(entry, "html"), .path = set->dir + "/" + Str(entry, "html"),
                  .url = Str(entry, "url")};
    if (gold.contains("body") && gold["body"].is_object()) page.body = FundusBody(gold["body"]);
    page.title = NonEmpty(Str(gold, "title"));
    std::vector<std::string> authors = Strings(gold.value("authors", json()));
    if (!authors.empty()) page.authors = std::move(authors);
    page.date = Day(Str(gold, "publishing_date"));
    set->pages.push_back(std::move(page));
  }
  return Status::OK();
}

struct SetKind {
  const char* name;
  BodyMetric metric;
  Status (*load)(DevSet*);
};

constexpr SetKind kSets[] = {
    {"scrapinghub-aeb", BodyMetric::kShingleF1, LoadAeb},
    {"newspaper4k-naeb", BodyMetric::kShingleF1, LoadNaeb},
    {"htmldate-eval", BodyMetric::kNone, LoadHtmldate},
    {"readability-pages", BodyMetric::kShingleF1, LoadReadability},
    {"trafilatura-eval", BodyMetric::kSnippetF1, LoadTrafilatura},
    {"fundus-eval", BodyMetric::kRougeLsum, LoadFundusEval},
    {"fundus-parser-tests", BodyMetric::kShingleF1, LoadFundusParserTests},
};

}  // namespace

std::string_view BodyMetricName(BodyMetric metric) {
  switch (metric) {
    case BodyMetric::kNone: return "-";
    case BodyMetric::kShingleF1: return "shingle-f1";
    case BodyMetric::kSnippetF1: return "snippet-f1";
    case BodyMetric::kRougeLsum: return "rouge-lsum";
  }
  return "-";
}

std::string DefaultDataDir() { return LEDE_SHARED_DATA_DIR; }

const std::vector<std::string>& DevSetNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const SetKind& kind : kSets) out.emplace_back(kind.name);
    return out;
  }();
  return names;
}

Status LoadDevSet(const std::string& data_dir, const std::string& name, DevSet* set) {
  for (const SetKind& kind : kSets) {
    if (name != kind.name) continue;
    *set = DevSet{.name = name, .dir = data_dir + "/" + name, .body_metric = kind.metric, .pages = {}};
    try {
      return kind.load(set);
    } catch (const nlohmann::json::exception& e) {
      return Status::Corruption(set->dir + ": unexpected gold layout: " + e.what());
    }
  }
  return Status::InvalidArgument("unknown data set '" + name + "'");
}

}  // namespace lede::eval
