#include "knowledge/gender.h"

#include <algorithm>

#include "knowledge/word_case.h"
#include "util/lines.h"
#include "util/text_fold.h"

namespace lede {
namespace {

// Titles and role words that say a person's gender (written for lede).
constexpr std::string_view kFemaleWords[] = {
    "mrs",           "mrs.",          "ms",           "ms.",         "miss",       "madam",
    "madame",        "lady",          "dame",         "queen",       "princess",   "duchess",
    "countess",      "empress",       "sister",       "nun",         "chairwoman", "spokeswoman",
    "congresswoman", "businesswoman", "councilwoman", "policewoman", "actress",    "mother",
    "wife",          "daughter",      "grandmother",  "aunt",        "widow",      "girl",
    "woman"};
constexpr std::string_view kMaleWords[] = {
    "mr",         "mr.",       "sir",    "lord",     "king",      "prince",      "duke",
    "count",      "emperor",   "sheikh", "emir",     "sultan",    "pope",        "cardinal",
    "ayatollah",  "brother",   "monk",   "chairman", "spokesman", "congressman", "businessman",
    "councilman", "policeman", "actor",  "father",   "husband",   "son",         "grandfather",
    "uncle",      "widower",   "boy",    "man"};

// The gender the words of a role say ("Interior Minister": none; "the spokeswoman").
Gender RoleGender(std::string_view role) {
  std::string lower;
  AsciiLower(role, &lower);
  size_t at = 0;
  while (at < lower.size()) {
    size_t end = lower.find(' ', at);
    if (end == std::string::npos) end = lower.size();
    const std::string_view word(lower.data() + at, end - at);
    if (OneOf(word, kFemaleWords)) return Gender::kFemale;
    if (OneOf(word, kMaleWords)) return Gender::kMale;
    at = end + 1;
  }
  return Gender::kUnknown;
}

}  // namespace

Status GivenNames::Load(const std::string& path, std::unique_ptr<GivenNames>* out) {
  auto table = std::make_unique<GivenNames>();
  Status s = ForEachLine(path, [&](std::string_view line, uint64_t n) {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    if (f.size() != 2 || f[0].empty() || (f[1] != "F" && f[1] != "M")) {
      return Status::Corruption(path + " line " + std::to_string(n) +
                                ": expected name<TAB>F or name<TAB>M");
    }
    table->genders_[FoldForMatch(f[0])] = f[1] == "F" ? Gender::kFemale : Gender::kMale;
    return Status::OK();
  });
  if (s.ok()) *out = std::move(table);
  return s;
}

Gender GivenNames::Of(std::string_view given_name) const {
  auto it = genders_.find(FoldForMatch(given_name));
  return it == genders_.end() ? Gender::kUnknown : it->second;
}

Gender PersonGender(const Entity& person, const GivenNames* names) {
  for (const std::string& role : person.roles) {
    const Gender g = RoleGender(role);
    if (g != Gender::kUnknown) return g;
  }
  if (names == nullptr) return Gender::kUnknown;
  const std::string_view name = person.name;
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return Gender::kUnknown;  // a surname alone
  return names->Of(name.substr(0, space));
}

Gender PronounGender(std::string_view pronoun) {
  std::string lower;
  AsciiLower(pronoun, &lower);
  if (lower == "he" || lower == "him" || lower == "his") return Gender::kMale;
  if (lower == "she" || lower == "her" || lower == "hers") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace lede
