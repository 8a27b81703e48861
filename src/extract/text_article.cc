#include "extract/text_article.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "extract/authors.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "extract/meta_text.h"
#include "extract/title.h"

namespace lede {
namespace {

// How far down the text the header rules look (title, breadcrumb, date, byline).
constexpr size_t kHeaderParagraphs = 5;
// How many body paragraphs may precede the one that opens with the dateline.
constexpr size_t kMaxStandfirstParagraphs = 2;
// Longest paragraph that can be a title, a byline, a standfirst or a navigation line.
constexpr size_t kMaxTitleBytes = 250;
constexpr size_t kMaxBylineBytes = 120;
constexpr size_t kMaxStandfirstBytes = 600;
constexpr size_t kMaxNavigationBytes = 200;
constexpr size_t kMaxDateLineBytes = 60;

// Navigation, sharing and legal lines. Previous/next links are dropped at any
// length (they run into the linked title); the rest only when short.
bool IsNavigationLine(const std::string& p) {
  static const RE2* prev_next = new RE2(
      R"((?i)^(?:previous|next|prev|older|newer)\s*(?:article|post|story|page|entry))");
  static const RE2* short_lines = new RE2(
      R"((?i)^(?:read more|read also|see also|related(?: articles| stories| posts| content)?\s*:|)"
      R"(share (?:this|on|via)|follow us|sign up|subscribe|advertisement|tags?\s*:|)"
      R"(comments?\b|leave a (?:comment|reply)|copyright|©|\(c\) \d{4}|all rights reserved|)"
      R"(click here|have an opinion on this story|print this|email this|back to top|)"
      R"(skip to (?:main )?content|home\s*[»>›/]))");
  if (RE2::PartialMatch(p, *prev_next)) return true;
  return p.size() <= kMaxNavigationBytes && RE2::PartialMatch(p, *short_lines);
}

// A line that is nothing but a date ("Saturday, May 18, 2019").
std::optional<DateTime> DateLine(const std::string& line, const DateBounds& bounds) {
  if (line.size() > kMaxDateLineBytes) return std::nullopt;
  return ParseDate(line, bounds);
}

// Blocks between blank lines, or single lines when there is no blank line;
// navigation lines dropped, date lines kept apart, whitespace collapsed, empty
// blocks dropped.
std::vector<std::string> SplitParagraphs(std::string_view text, const DateBounds& bounds) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  auto blank = [](std::string_view line) { return CollapseWhitespace(line).empty(); };
  while (!lines.empty() && blank(lines.back())) lines.pop_back();
  bool has_blank = std::any_of(lines.begin(), lines.end(), blank);
  std::vector<std::string> paragraphs;
  std::string block;
  auto flush = [&] {
    std::string p = CollapseWhitespace(block);
    if (!p.empty()) paragraphs.push_back(std::move(p));
    block.clear();
  };
  for (std::string_view line : lines) {
    std::string collapsed = CollapseWhitespace(line);
    if (!collapsed.empty() && IsNavigationLine(collapsed)) continue;
    if (!collapsed.empty() && DateLine(collapsed, bounds)) {
      flush();
      paragraphs.push_back(std::move(collapsed));
      continue;
    }
    block += collapsed;
    block += ' ';
    if (!has_blank || collapsed.empty()) flush();
  }
  flush();
  return paragraphs;
}

bool EndsWithSentencePunctuation(const std::string& p) {
  char last = p.back();
  return last == '.' || last == ',' || last == ';' || last == ':' || p.ends_with("…");
}

bool IsTitleLike(const std::string& p) {
  return p.size() <= kMaxTitleBytes && !EndsWithSentencePunctuation(p) && !IsNavigationLine(p);
}

// The index of the title among the first paragraphs, or -1. A breadcrumb that
// ends with the next paragraph ("Home News Headline" / "Headline") marks it.
int FindTitle(const std::vector<std::string>& paragraphs) {
  size_t n = std::min(paragraphs.size(), kHeaderParagraphs);
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::string& next = paragraphs[i + 1];
    if (IsTitleLike(next) && paragraphs[i].size() > next.size() &&
        TitleContains(paragraphs[i], next) && paragraphs[i].ends_with(next)) {
      return static_cast<int>(i + 1);
    }
  }
  if (paragraphs.size() >= 2 && IsTitleLike(paragraphs[0])) return 0;
  return -1;
}

// A copy of the title, or a short paragraph that ends with it (a breadcrumb).
bool RepeatsTitle(const std::string& p, const std::string& title) {
  if (title.empty()) return false;
  if (SameTitle(p, title)) return true;
  return p.size() <= kMaxTitleBytes + 100 && p.size() > title.size() &&
         TitleContains(p, title) && p.ends_with(title);
}

DateBounds BoundsFor(const Record& record) {
  DateBounds bounds;
  auto fetched = ParseIsoDate(record.fetched_at);
  bounds.latest = fetched ? *fetched : Today();
  return bounds;
}

// Takes the title, breadcrumbs, a date line and a byline off the top of
// `paragraphs`, filling the article's fields.
std::vector<std::string> TakeHeader(std::vector<std::string> paragraphs,
                                    const DateBounds& bounds, Article* article) {
  if (article->title.empty()) {
    int title = FindTitle(paragraphs);
    if (title >= 0) article->title = paragraphs[title];
  }
  std::vector<std::string> rest;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::string& p = paragraphs[i];
    bool header = i < kHeaderParagraphs;
    if (header && RepeatsTitle(p, article->title)) continue;
    if (header && p.size() <= kMaxBylineBytes && AsciiLower(p.substr(0, 3)) == "by ") {
      size_t before = article->authors.size();
      AddAuthors(p, &article->authors);
      if (article->authors.size() > before) {
        auto date = FindDate(p, bounds);
        if (date && article->published.empty()) article->published = date->date.ToIso();
        continue;
      }
    }
    if (header) {
      // The date line itself, or the title glued to it ("Headline Sunday, May 28, 2006").
      std::string_view rest = p;
      if (!article->title.empty() && rest.starts_with(article->title)) {
        rest.remove_prefix(article->title.size());
      }
      if (auto date = DateLine(std::string(rest), bounds)) {
        if (article->published.empty()) article->published = date->ToIso();
        continue;
      }
    }
    rest.push_back(std::move(p));
  }
  return rest;
}

// Finds the dateline in the first body paragraphs; what precedes it is the
// standfirst, moved to the description.
void TakeDateline(std::vector<std::string>* body, Article* article) {
  std::vector<std::string_view> views(body->begin(), body->end());
  Dateline dateline;
  int at = FindDatelineParagraph(views, kMaxStandfirstParagraphs + 1, &dateline);
  if (at < 0) return;
  for (int k = 0; k < at; ++k) {
    if ((*body)[k].size() > kMaxStandfirstBytes) return;
  }
  article->dateline = dateline.place;
  if (article->description.empty() && at > 0) article->description = (*body)[0];
  body->erase(body->begin(), body->begin() + at);
}

}  // namespace

Status ExtractTextArticle(std::string_view utf8, const Record& record, Article* article) {
  article->url = record.uri;
  if (!record.title_hint.empty()) article->title = CollapseWhitespace(record.title_hint);
  if (!record.published_hint.empty()) article->published = record.published_hint;
  DateBounds bounds = BoundsFor(record);
  std::vector<std::string> body = TakeHeader(SplitParagraphs(utf8, bounds), bounds, article);
  TakeDateline(&body, article);
  article->text.clear();
  article->paragraphs.clear();
  for (const std::string& p : body) {
    if (!article->text.empty()) article->text += "\n\n";
    uint32_t start = static_cast<uint32_t>(article->text.size());
    article->text += p;
    article->paragraphs.push_back({start, static_cast<uint32_t>(article->text.size())});
  }
  if (article->text.empty()) return Status::Empty("no body text left in the plain-text document");
  return Status::OK();
}

}  // namespace lede
