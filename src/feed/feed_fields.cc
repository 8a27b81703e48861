#include "feed/feed_fields.h"

#include <algorithm>
#include <cctype>

#include "feed/feed_date.h"

namespace lede::feed {
namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool LooksLikeEmail(std::string_view s) {
  return s.find('@') != std::string_view::npos && s.find(' ') == std::string_view::npos;
}

}  // namespace

FeedPerson ParsePerson(std::string_view text) {
  std::string s = Trim(text);
  FeedPerson person;
  size_t open = s.find_first_of("(<");
  if (open != std::string::npos && (s.back() == ')' || s.back() == '>')) {
    std::string outside = Trim(std::string_view(s).substr(0, open));
    std::string inside = Trim(std::string_view(s).substr(open + 1, s.size() - open - 2));
    if (LooksLikeEmail(outside)) {
      person.email = outside, person.name = inside;
    } else {
      person.name = outside, person.email = inside;
    }
  } else if (LooksLikeEmail(s)) {
    person.email = s;
  } else {
    person.name = s;
  }
  return person;
}

void SetDate(const std::string& text, std::string* raw, std::string* utc) {
  if (!raw->empty() || text.empty()) return;
  *raw = text;
  *utc = FeedDateToUtc(text);
}

std::string FirstImageSrc(std::string_view html) {
  std::string lower(html);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t img = lower.find("<img");
  if (img == std::string::npos) return "";
  size_t end = lower.find('>', img);
  size_t src = lower.find("src=", img);
  if (src == std::string::npos || (end != std::string::npos && src > end)) return "";
  src += 4;
  if (src >= html.size()) return "";
  char quote = html[src];
  if (quote == '"' || quote == '\'') {
    size_t close = html.find(quote, src + 1);
    if (close == std::string_view::npos) return "";
    return Trim(html.substr(src + 1, close - src - 1));
  }
  size_t stop = html.find_first_of(" \t\r\n>", src);
  return Trim(
      html.substr(src, stop == std::string_view::npos ? std::string_view::npos : stop - src));
}

void AppendUnique(std::vector<std::string>* values, std::string value) {
  if (value.empty() || std::find(values->begin(), values->end(), value) != values->end()) return;
  values->push_back(std::move(value));
}

}  // namespace lede::feed
