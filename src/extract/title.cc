#include "extract/title.h"

#include <algorithm>

#include "extract/meta_text.h"

namespace lede {
namespace {

// The separators between a headline and the site name, longest first.
constexpr std::string_view kSeparators[] = {" :: ", " | ", " - ", " – ", " — ", " · ",
                                            " » ", " « ", " › ", " ‹ ", " / ", " • ", " ~ "};

// Segments shorter than this many words may be a site name contained in a longer
// known name ("Times" for "The New York Times").
constexpr size_t kMaxSiteWords = 5;

// A site name may end with its top-level domain ("Le Monde.fr").
constexpr size_t kMaxTldBytes = 3;

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Lower-cased words joined by single spaces; ASCII punctuation and the general
// punctuation block (U+2000-U+206F: quotes, dashes, ellipsis) separate words.
std::string WordKey(std::string_view s) {
  std::string out;
  bool gap = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool general_punct = c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80;
    if (general_punct || (c < 0x80 && !IsAsciiAlnum(c))) {
      gap = true;
      if (general_punct) i += 2;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return out;
}

std::string Compact(std::string_view s) {
  std::string key = WordKey(s);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

size_t WordCount(std::string_view key) {
  return key.empty() ? 0 : std::count(key.begin(), key.end(), ' ') + 1;
}

// "https://www.bbc.co.uk/news/x" -> "bbc".
std::string HostLabel(std::string_view url) {
  size_t scheme = url.find("://");
  std::string_view host = scheme == std::string_view::npos ? "" : url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/:?#"));
  std::vector<std::string_view> labels;
  for (size_t start = 0; start <= host.size();) {
    size_t dot = std::min(host.find('.', start), host.size());
    labels.push_back(host.substr(start, dot - start));
    start = dot + 1;
  }
  if (labels.size() < 2) return "";
  labels.pop_back();  // the top-level domain
  static constexpr std::string_view kSecondLevel[] = {"co", "com", "org", "net", "ac", "gov",
                                                      "edu", "or", "ne"};
  if (labels.size() > 1 && std::find(std::begin(kSecondLevel), std::end(kSecondLevel),
                                     labels.back()) != std::end(kSecondLevel)) {
    labels.pop_back();
  }
  return Compact(labels.back());
}

bool NamesSite(std::string_view segment, const std::vector<std::string>& site_names,
               const std::string& host_label) {
  std::string key = WordKey(segment);
  std::string compact = Compact(segment);
  if (compact.empty()) return false;
  if (compact == host_label) return true;
  for (const std::string& site : site_names) {
    std::string site_compact = Compact(site);
    if (site_compact.empty()) continue;
    if (compact == site_compact) return true;
    bool short_segment = WordCount(key) <= kMaxSiteWords;
    if (short_segment && (compact.find(site_compact) != std::string::npos ||
                          site_compact.find(compact) != std::string::npos)) {
      return true;
    }
  }
  return false;
}

struct Segment {
  size_t start, end;  // byte range in the title
};

std::vector<Segment> SplitSegments(std::string_view title) {
  std::vector<Segment> segments;
  size_t start = 0;
  for (size_t i = 0; i < title.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (title.substr(i, sep.size()) == sep) {
        segments.push_back({start, i});
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  segments.push_back({start, title.size()});
  return segments;
}

}  // namespace

std::string StripSiteName(std::string_view raw_title, const std::vector<std::string>& site_names,
                          std::string_view url) {
  std::string title = CollapseWhitespace(raw_title);
  std::vector<Segment> segments = SplitSegments(title);
  std::string host_label = HostLabel(url);
  size_t first = 0, last = segments.size();
  auto text = [&](size_t i) {
    return std::string_view(title).substr(segments[i].start, segments[i].end - segments[i].start);
  };
  while (last - first > 1) {
    if (NamesSite(text(last - 1), site_names, host_label)) {
      --last;
    } else if (NamesSite(text(first), site_names, host_label)) {
      ++first;
    } else {
      break;
    }
  }
  return title.substr(segments[first].start, segments[last - 1].end - segments[first].start);
}

bool IsSiteName(std::string_view text, const std::vector<std::string>& site_names,
                std::string_view url) {
  std::string compact = Compact(text);
  if (compact.empty()) return false;
  std::string host = HostLabel(url);
  if (!host.empty() && compact.starts_with(host) && compact.size() - host.size() <= kMaxTldBytes) {
    return true;  // "Disfunctions.de" on disfunctions.de
  }
  return std::any_of(site_names.begin(), site_names.end(),
                     [&](const std::string& site) { return Compact(site) == compact; });
}

bool SameTitle(std::string_view a, std::string_view b) { return WordKey(a) == WordKey(b); }

bool IsEndSegments(std::string_view raw_title, std::string_view part) {
  std::string title = CollapseWhitespace(raw_title);
  std::vector<Segment> segments = SplitSegments(title);
  std::string_view view(title);
  for (size_t i = 1; i < segments.size(); ++i) {
    if (SameTitle(view.substr(0, segments[i - 1].end), part) ||
        SameTitle(view.substr(segments[i].start), part)) {
      return true;
    }
  }
  return false;
}

bool TitleContains(std::string_view whole, std::string_view part) {
  std::string key = WordKey(part);
  if (key.empty()) return false;
  return (" " + WordKey(whole) + " ").find(" " + key + " ") != std::string::npos;
}

}  // namespace lede
