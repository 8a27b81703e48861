#include "nlp/ner_gum.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "nlp/ner_word.h"

namespace lede::nlp {
namespace {

constexpr std::array<std::string_view, 8> kConnectors = {"of", "and", "de", "-", "&", "'s", "for", "the"};
constexpr std::array<std::string_view, 10> kPronouns = {"I", "He", "She", "It", "We", "They",
                                                        "You", "Me", "Him", "Her"};

bool Capitalised(std::string_view token) {
  WordForms forms;
  AnalyzeWord(token, &forms);
  return forms.casing == Casing::kTitle || forms.casing == Casing::kUpper;
}

bool IsIn(std::string_view token, std::span<const std::string_view> set) {
  return std::find(set.begin(), set.end(), token) != set.end();
}

// Cuts [*begin, *end) down to its name; false if it holds none.
bool NameWithin(const std::vector<std::string_view>& tokens, uint32_t* begin, uint32_t* end) {
  for (uint32_t i = *begin; i < *end; ++i) {
    if (tokens[i] == ",") *end = i;
  }
  if (*begin < *end && (tokens[*begin] == "the" || tokens[*begin] == "The")) ++*begin;
  if (*begin >= *end || !Capitalised(tokens[*begin]) || !Capitalised(tokens[*end - 1])) return false;
  if (*end - *begin == 1 && IsIn(tokens[*begin], kPronouns)) return false;
  for (uint32_t i = *begin; i < *end; ++i) {
    if (!Capitalised(tokens[i]) && !IsIn(tokens[i], kConnectors)) return false;
  }
  return true;
}

bool MentionType(const std::string& etype, EntityType* type) {
  if (etype == "person") *type = EntityType::kPerson;
  else if (etype == "organization") *type = EntityType::kOrganization;
  else if (etype == "place") *type = EntityType::kLocation;
  else return false;
  return true;
}

struct Name {
  uint32_t begin, end;
  EntityType type;
};

NerSentence ToSentence(const nlohmann::json& j, std::vector<std::string_view> tokens) {
  NerSentence s;
  s.tokens = std::move(tokens);
  s.labels.assign(s.tokens.size(), kOutside);
  std::vector<Name> names;
  for (const auto& m : j.at("mentions")) {
    EntityType type;
    uint32_t begin = m.at("start").get<uint32_t>(), end = m.at("end").get<uint32_t>();
    if (!MentionType(m.at("etype").get<std::string>(), &type) || end > s.tokens.size()) continue;
    if (NameWithin(s.tokens, &begin, &end)) names.push_back({begin, end, type});
  }
  std::stable_sort(names.begin(), names.end(),
                   [](const Name& a, const Name& b) { return a.end - a.begin > b.end - b.begin; });
  for (const Name& n : names) {
    if (std::any_of(s.labels.begin() + n.begin, s.labels.begin() + n.end,
                    [](Label l) { return l != kOutside; })) {
      continue;
    }
    s.labels[n.begin] = BeginLabel(n.type);
    for (uint32_t i = n.begin + 1; i < n.end; ++i) s.labels[i] = InsideLabel(n.type);
  }
  return s;
}

}  // namespace

Status ReadGumEntities(const std::string& path, NerCorpus* corpus) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": cannot open");
  std::string text;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) text.append(buf, n);
  gzclose(f);
  if (n < 0) return Status::Corruption(path + ": bad gzip data");
  // Tokens are copied into one arena per file, owned by the corpus.
  auto arena = std::make_unique<std::string>();
  std::string last_doc;
  std::vector<nlohmann::json> objects;
  std::string_view rest = text;
  for (size_t line_number = 1; !rest.empty(); ++line_number) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("tokens") || !j.contains("mentions") || !j.contains("doc")) {
      return Status::Corruption(path + ":" + std::to_string(line_number) + ": not a GUM sentence object");
    }
    for (const auto& t : j.at("tokens")) arena->append(t.get<std::string>());
    objects.push_back(std::move(j));
  }
  size_t offset = 0;
  for (const nlohmann::json& j : objects) {
    std::vector<std::string_view> tokens;
    for (const auto& t : j.at("tokens")) {
      const size_t size = t.get_ref<const std::string&>().size();
      tokens.emplace_back(arena->data() + offset, size);
      offset += size;
    }
    const std::string& doc = j.at("doc").get_ref<const std::string&>();
    if (corpus->documents.empty() || doc != last_doc) corpus->documents.emplace_back();
    last_doc = doc;
    corpus->documents.back().sentences.push_back(ToSentence(j, std::move(tokens)));
  }
  corpus->texts.push_back(std::move(arena));
  return Status::OK();
}

}  // namespace lede::nlp
