#include "eval/polnear_gold.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "nlp/utf8.h"
#include "util/lines.h"
#include "util/read_file.h"

namespace lede::eval {
namespace {

namespace fs = std::filesystem;

// Marks that open a direct quote (quote_eval.py's QUOTE_OPEN).
constexpr char32_t kQuoteOpen[] = {U'"', U'“', U'‘', U'\'', U'«', U'„'};

// White space as Python's str.isspace() defines it.
bool IsPythonSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string Decode(std::string_view text) {
  std::u32string out;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    pos += nlp::DecodeUtf8(text, pos, &cp);
    if (cp != nlp::kInvalidCodePoint) out.push_back(cp);
  }
  return out;
}

// True when text[span] starts, after white space, with a quotation mark, or is
// blank (quote_eval.py tests `"" in QUOTE_OPEN`, which holds).
bool StartsWithQuoteMark(const std::u32string& text, CharSpan span) {
  size_t i = span.start;
  const size_t end = std::min(span.end, text.size());
  while (i < end && IsPythonSpace(text[i])) ++i;
  return i >= end ||
         std::find(std::begin(kQuoteOpen), std::end(kQuoteOpen), text[i]) != std::end(kQuoteOpen);
}

// "T12<TAB>Content 10 20;25 30<TAB>text": the id and the fragments.
const RE2& TextBoundPattern() {
  static const RE2 re(R"(^(T\d+)\t\w[\w-]* ((?:\d+ \d+;)*\d+ \d+))");
  return re;
}

std::vector<CharSpan> Fragments(std::string_view offsets) {
  std::vector<CharSpan> fragments;
  for (std::string_view fragment : SplitFields(offsets, ';')) {
    const size_t space = fragment.find(' ');
    fragments.push_back({std::stoul(std::string(fragment.substr(0, space))),
                         std::stoul(std::string(fragment.substr(space + 1)))});
  }
  return fragments;
}

// The annotation file of article `name`: the first "<name>_*" among the sorted names.
std::string AnnotationOf(const std::vector<std::string>& anns, const std::string& name) {
  for (const std::string& a : anns) {
    if (a.starts_with(name + "_")) return a;
  }
  return "";
}

Status SortedNames(const fs::path& dir, std::string_view suffix, std::vector<std::string>* names) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string n = it->path().filename().string();
    if (n.ends_with(suffix)) names->push_back(n);
  }
  if (ec) return Status::NotFound(dir.string() + ": " + ec.message());
  std::sort(names->begin(), names->end());
  return Status::OK();
}

}  // namespace

Status ParseAttributions(const std::string& path, std::string_view ann, std::string_view text,
                         std::vector<GoldAttribution>* attributions) {
  const std::u32string chars = Decode(text);
  std::map<std::string, std::vector<CharSpan>, std::less<>> spans;  // id -> fragments
  std::vector<std::map<std::string, std::string, std::less<>>> links;
  size_t line_number = 0;
  for (std::string_view line : SplitFields(ann, '\n')) {
    ++line_number;
    std::string id, offsets;
    if (RE2::PartialMatch(line, TextBoundPattern(), &id, &offsets)) {
      spans[id] = Fragments(offsets);
    } else if (line.starts_with("E")) {
      const std::vector<std::string_view> fields = SplitFields(line, '\t');
      if (fields.size() < 2) {
        return Status::Corruption(path + ":" + std::to_string(line_number) + ": no roles");
      }
      auto& roles = links.emplace_back();
      for (std::string_view role : SplitFields(fields[1], ' ')) {
        if (role.empty()) continue;
        const size_t colon = role.find(':');
        if (colon == std::string_view::npos) {
          return Status::Corruption(path + ":" + std::to_string(line_number) +
                                    ": role without ':': " + std::string(role));
        }
        roles[std::string(role.substr(0, colon))] = std::string(role.substr(colon + 1));
      }
    }
  }
  for (const auto& roles : links) {
    const auto content_id = roles.find("Content"), source_id = roles.find("Source");
    if (content_id == roles.end()) continue;
    const auto content = spans.find(content_id->second);
    if (content == spans.end()) continue;
    GoldAttribution a;
    a.content = content->second.front();
    a.content_fragments = content->second;
    if (source_id != roles.end()) {
      const auto source = spans.find(source_id->second);
      if (source != spans.end()) a.source = source->second.front();
    }
    a.direct = StartsWithQuoteMark(chars, a.content);
    attributions->push_back(a);
  }
  return Status::OK();
}

Status LoadPolnear(const std::string& dir, size_t max_articles,
                   std::vector<PolnearArticle>* articles) {
  const fs::path text_dir = fs::path(dir) / "text", ann_dir = fs::path(dir) / "attributions";
  std::vector<std::string> texts, anns;
  Status s = SortedNames(text_dir, ".txt", &texts);
  if (s.ok()) s = SortedNames(ann_dir, "", &anns);
  if (!s.ok()) return s;
  if (texts.size() > max_articles) texts.resize(max_articles);
  for (const std::string& file : texts) {
    PolnearArticle article;
    article.name = file.substr(0, file.size() - 4);
    const std::string ann = AnnotationOf(anns, article.name);
    if (ann.empty()) continue;
    article.text = ReadFile((text_dir / file).string());
    const std::string ann_path = (ann_dir / ann).string();
    s = ParseAttributions(ann_path, ReadFile(ann_path), article.text, &article.attributions);
    if (!s.ok()) return s;
    articles->push_back(std::move(article));
  }
  return Status::OK();
}

}  // namespace lede::eval
