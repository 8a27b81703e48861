#include "eval/upstream_outputs.h"

#include <nlohmann/json.hpp>

#include "eval/page_file.h"

namespace lede::eval {
namespace {

using nlohmann::json;

// The tool's text for one page, or nullopt when it has none.
std::optional<std::string> AebText(const json& outputs, const std::string& id) {
  auto it = outputs.find(id);
  if (it == outputs.end() || !it->is_object()) return std::nullopt;
  auto body = it->find("articleBody");
  return body != it->end() && body->is_string() ? body->get<std::string>() : std::string();
}

std::optional<std::string> FundusText(const json& outputs, const std::string& id) {
  auto it = outputs.find(id);
  if (it == outputs.end() || !it->is_object()) return std::nullopt;
  std::string text;
  for (const json& p : it->value("body", json::array())) {
    if (!p.is_string()) continue;
    if (!text.empty()) text += "\n\n";
    text += p.get<std::string>();
  }
  return text;
}

}  // namespace

Status LoadUpstreamPredictions(const DevSet& set, const std::string& tool,
                               std::vector<Prediction>* predictions) {
  const bool aeb = set.name == "scrapinghub-aeb";
  if (!aeb && set.name != "fundus-eval") {
    return Status::NotSupported(set.name + " ships no other tools' outputs");
  }
  json file;
  Status s = ReadJsonFile(set.dir + (aeb ? "/outputs/" : "/extractions/") + tool + ".json", &file);
  if (!s.ok()) return s;
  const json& outputs = aeb ? file.value("output", json::object()) : file;
  predictions->assign(set.pages.size(), Prediction{});
  for (size_t i = 0; i < set.pages.size(); ++i) {
    std::optional<std::string> text =
        aeb ? AebText(outputs, set.pages[i].id) : FundusText(outputs, set.pages[i].id);
    (*predictions)[i].failed = !text.has_value();
    (*predictions)[i].text = text.value_or("");
  }
  return Status::OK();
}

}  // namespace lede::eval
