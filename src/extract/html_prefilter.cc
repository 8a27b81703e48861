#include "extract/html_prefilter.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace lede {
namespace {

// The attributes extraction reads (html_dom.h users: boilerplate rules, page
// signals, metadata, main content, feed discovery), and those that change how
// HTML's tree builder nests elements (<font color|face|size> and
// <annotation-xml encoding> in SVG and MathML).
constexpr std::string_view kReadAttributes[] = {
    "class", "id", "href", "content", "name", "property", "itemprop", "rel", "type", "style",
    "role", "hidden", "aria-hidden", "datetime", "pubdate", "lang", "http-equiv", "charset",
    "color", "face", "size", "encoding"};
constexpr size_t kLongestReadAttribute = [] {
  size_t longest = 0;
  for (std::string_view name : kReadAttributes) longest = std::max(longest, name.size());
  return longest;
}();

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

// What the prefilter needs to know about an element name.
enum class NameKind : uint8_t {
  kCounted,    // adds a level of nesting
  kUncounted,  // never holds children, or the tree builder closes it by itself
               // (optional end tags), or occurs once: not counted as depth
  kRawText,    // its content is text up to its end tag
  kPlaintext,  // everything after it is text
  kSvg,        // an inline drawing (counted)
};

// The kind of a tag name, ignoring ASCII case. A name of up to eight bytes is
// looked up as one 64-bit word (its bytes, lower-cased) in a small
// open-addressing table: no hashing of the bytes one by one, no string compare.
class NameKinds {
 public:
  NameKinds() {
    for (std::string_view n : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                               "meta", "param", "source", "track", "wbr", "keygen", "p", "li",
                               "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
                               "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head",
                               "body"}) {
      Add(n, NameKind::kUncounted);
    }
    for (std::string_view n : {"script", "style", "textarea", "title", "xmp", "iframe",
                               "noembed", "noframes"}) {
      Add(n, NameKind::kRawText);
    }
    Add("svg", NameKind::kSvg);
  }

  NameKind Of(std::string_view name) const {
    if (name.size() > 8) return EqualsIgnoreCase(name, "plaintext") ? NameKind::kPlaintext : NameKind::kCounted;
    const uint64_t word = WordOf(name);
    if (word == kNotAWord) return NameKind::kCounted;
    for (size_t i = Slot(word); slots_[i].word != 0; i = (i + 1) % kSlots) {
      if (slots_[i].word == word) return slots_[i].kind;
    }
    return NameKind::kCounted;
  }

 private:
  static constexpr size_t kSlots = 128;
  static constexpr uint64_t kNotAWord = 0;  // the word of "" and of names holding a NUL

  // The lower-cased bytes of `name` (1-8 bytes), little-endian, or kNotAWord.
  static uint64_t WordOf(std::string_view name) {
    uint64_t word = 0;
    for (size_t i = 0; i < name.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(name[i]);
      if (c == 0) return kNotAWord;
      word |= static_cast<uint64_t>(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
    }
    return word;
  }
  static size_t Slot(uint64_t word) { return (word * 0x9E3779B97F4A7C15ull) >> 57; }  // 0..127

  void Add(std::string_view name, NameKind kind) {
    const uint64_t word = WordOf(name);
    size_t i = Slot(word);
    while (slots_[i].word != 0) i = (i + 1) % kSlots;
    slots_[i] = {word, kind};
  }

  struct Entry {
    uint64_t word = 0;
    NameKind kind = NameKind::kCounted;
  };
  Entry slots_[kSlots];
};

NameKind KindOfName(std::string_view name) {
  static const NameKinds* const kinds = new NameKinds;
  return kinds->Of(name);
}

bool IsNameEnd(std::string_view html, size_t pos) {
  return pos >= html.size() || IsSpace(html[pos]) || html[pos] == '/' || html[pos] == '>';
}

// Position of the first case-insensitive "</name" that ends a raw-text element
// of that name (followed by a space, '/', '>' or the end) at or after `from`, or
// npos.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (EqualsIgnoreCase(html.substr(i + 2, name.size()), name) &&
        IsNameEnd(html, i + 2 + name.size())) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Whether html[pos...] is the name "script" followed by a space, '/' or '>'
// (not the end: HTML's script states need that character).
bool ScriptNameAt(std::string_view html, size_t pos) {
  constexpr std::string_view kScript = "script";
  return pos + kScript.size() < html.size() && EqualsIgnoreCase(html.substr(pos, kScript.size()), kScript) &&
         IsNameEnd(html, pos + kScript.size());
}

// Position of the "</script" that ends a <script> element whose content starts
// at `from`, or npos. Follows HTML's script data states: after "<!--" the
// content is escaped, where "<script" starts a double-escaped part in which
// "</script" only ends that part; "-->" ends either. So
// "<!-- document.write('<script></script>') -->" does not end the element.
size_t FindScriptEnd(std::string_view html, size_t from) {
  enum class State { kData, kEscaped, kDoubleEscaped } state = State::kData;
  constexpr size_t kNone = std::string_view::npos;
  size_t i = from, comment_end = kNone;  // comment_end: the next "-->" at or after i
  auto next_comment_end = [&] {
    if (comment_end == kNone || comment_end < i) comment_end = html.find("-->", i);
    return comment_end;
  };
  while (true) {
    const size_t lt = html.find('<', i);
    if (state != State::kData && next_comment_end() < lt) {
      state = State::kData;
      i = comment_end + 3;
      continue;
    }
    if (lt == kNone) return kNone;
    const bool end_tag = lt + 1 < html.size() && html[lt + 1] == '/';
    if (state == State::kData && html.substr(lt, 4) == "<!--") {
      state = State::kEscaped;
      i = lt + 2;  // "<!-->" ends the escape at once
      comment_end = kNone;
    } else if (end_tag && ScriptNameAt(html, lt + 2) && state != State::kDoubleEscaped) {
      return lt;
    } else if (end_tag && ScriptNameAt(html, lt + 2)) {
      state = State::kEscaped;
      i = lt + 2;
    } else if (!end_tag && state == State::kEscaped && ScriptNameAt(html, lt + 1)) {
      state = State::kDoubleEscaped;
      i = lt + 1;
    } else {
      i = lt + 1;
    }
  }
}

bool ContainsIgnoreCase(std::string_view haystack, std::string_view lower_needle) {
  if (haystack.size() < lower_needle.size()) return false;
  for (size_t i = 0; i + lower_needle.size() <= haystack.size(); ++i) {
    if (EqualsIgnoreCase(haystack.substr(i, lower_needle.size()), lower_needle)) return true;
  }
  return false;
}

// Returns the position just past the '>' closing the tag whose name ends at
// `pos`, skipping quoted attribute values (a quote opens one right after '='
// and spaces); html.size() if unterminated.
size_t SkipTagBody(std::string_view html, size_t pos) {
  const size_t begin = pos;
  auto after_equals = [&](size_t quote) {  // the last non-space before `quote` is '='
    size_t i = quote;
    while (i > begin && IsSpace(html[i - 1])) --i;
    return i > begin && html[i - 1] == '=';
  };
  for (; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (c == '>') return pos + 1;
    if ((c == '"' || c == '\'') && after_equals(pos)) {
      size_t close = html.find(c, pos + 1);
      if (close == std::string_view::npos) return html.size();
      pos = close;
    }
  }
  return html.size();
}

size_t NameEnd(std::string_view html, size_t pos) {
  while (pos < html.size() && !IsSpace(html[pos]) && html[pos] != '/' && html[pos] != '>') ++pos;
  return pos;
}

class Prefilter {
 public:
  Prefilter(std::string_view html, const PrefilterOptions& options, std::string* out)
      : html_(html), max_depth_(options.max_depth), drop_unread_(options.drop_unread), out_(out) {}

  bool Run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      size_t lt = html_.find('<', pos);
      if (drop_unread_ && verbatim_open_ == 0) CollapseSpaces(pos, std::min(lt, html_.size()));
      if (lt == std::string_view::npos) break;
      pos = Markup(lt);
    }
    if (!changed_) return false;
    out_->append(html_.substr(copy_from_));
    return true;
  }

 private:
  // Handles the markup starting at html_[lt] == '<'; returns where to go on.
  size_t Markup(size_t lt) {
    std::string_view rest = html_.substr(lt);
    if (rest.starts_with("<!--")) {
      size_t end = html_.find("-->", lt + 4);
      if (end == std::string_view::npos) return html_.size();
      if (drop_unread_) Drop(lt, end + 3);
      return end + 3;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) return SkipTagBody(html_, lt + 2);
    if (rest.size() > 2 && rest[1] == '/' && IsAsciiAlpha(rest[2])) return EndTag(lt);
    if (rest.size() > 1 && IsAsciiAlpha(rest[1])) return StartTag(lt);
    return lt + 1;
  }

  size_t StartTag(size_t lt) {
    size_t name_end = NameEnd(html_, lt + 1);
    std::string_view name = html_.substr(lt + 1, name_end - lt - 1);
    size_t end = SkipTagBody(html_, name_end);
    const NameKind kind = KindOfName(name);
    if (kind == NameKind::kCounted || kind == NameKind::kSvg) {
      if (max_depth_ != 0 && open_.size() >= max_depth_) {
        ++overflow_;
        Drop(lt, end);
        return end;
      }
      open_.push_back(name);
    }
    if (drop_unread_) {
      DropUnreadAttributes(name_end, end);
      if (IsVerbatim(name)) ++verbatim_open_;
    }
    if (kind == NameKind::kRawText) {
      size_t close = EqualsIgnoreCase(name, "script") ? FindScriptEnd(html_, end) : FindEndTag(html_, end, name);
      if (close == std::string_view::npos) return html_.size();
      if (drop_unread_ && IsDroppableCode(name, html_.substr(name_end, end - name_end),
                                        html_.substr(end, close - end))) {
        Drop(end, close);
      }
      return SkipTagBody(html_, close + 2 + name.size());  // its end tag is not counted
    }
    if (kind == NameKind::kPlaintext) return html_.size();
    if (kind == NameKind::kSvg && drop_unread_ && html_[end - 2] != '/') return SvgContent(end);
    return end;
  }

  // Whether some extraction stage reads the attribute (see kReadAttributes).
  // Ignores ASCII case. Only the names of the same length are compared.
  static bool IsReadAttribute(std::string_view name) {
    static const auto* const kByLength = [] {
      auto* by_length = new std::array<std::vector<std::string_view>, kLongestReadAttribute + 1>;
      for (std::string_view read : kReadAttributes) (*by_length)[read.size()].push_back(read);
      return by_length;
    }();
    if (name.size() > kLongestReadAttribute) return false;
    for (std::string_view read : (*kByLength)[name.size()]) {
      if (EqualsIgnoreCase(name, read)) return true;
    }
    return false;
  }

  // <pre> and <listing> keep their whitespace as written.
  static bool IsVerbatim(std::string_view name) {
    return EqualsIgnoreCase(name, "pre") || EqualsIgnoreCase(name, "listing");
  }

  // Shortens each run of two or more HTML spaces in the text [begin, end) to one
  // character: its first line break if it has one, else its first space.
  void CollapseSpaces(size_t begin, size_t end) {
    for (size_t pos = begin; pos + 1 < end; ++pos) {
      if (!IsSpace(html_[pos]) || !IsSpace(html_[pos + 1])) continue;
      size_t run_end = pos + 2, kept = pos;
      while (run_end < end && IsSpace(html_[run_end])) ++run_end;
      for (size_t i = pos; i < run_end; ++i) {
        if (html_[i] == '\n' || html_[i] == '\r') {
          kept = i;
          break;
        }
      }
      if (kept > pos) Drop(pos, kept);
      if (kept + 1 < run_end) Drop(kept + 1, run_end);
      pos = run_end;
    }
  }

  // Drops the attributes nothing reads (name and value, not the space before) of the
  // start tag whose attributes run from `pos` to `end`, just past its '>'.
  // Attributes are read as HTML's tokenizer reads them; a quoted value is one
  // that opens right after "=" and spaces, as in SkipTagBody. Stops at the
  // first value quoted past the '>' (an unterminated tag is left alone).
  void DropUnreadAttributes(size_t pos, size_t end) {
    if (end == 0 || end > html_.size() || html_[end - 1] != '>') return;
    const size_t close = end - 1;
    auto skip_spaces = [&] {
      while (pos < close && IsSpace(html_[pos])) ++pos;
    };
    while (true) {
      while (pos < close && (IsSpace(html_[pos]) || html_[pos] == '/')) ++pos;
      if (pos >= close) return;
      const size_t name_begin = pos++;  // a first '=' belongs to the name
      while (pos < close && !IsSpace(html_[pos]) && html_[pos] != '/' && html_[pos] != '=') ++pos;
      const std::string_view name = html_.substr(name_begin, pos - name_begin);
      const size_t name_end = pos;
      skip_spaces();
      if (pos < close && html_[pos] == '=') {
        ++pos;
        skip_spaces();
        if (pos < close && (html_[pos] == '"' || html_[pos] == '\'')) {
          const size_t quote = html_.find(html_[pos], pos + 1);
          if (quote == std::string_view::npos || quote >= close) return;
          pos = quote + 1;
        } else {
          while (pos < close && !IsSpace(html_[pos])) ++pos;
        }
      } else {
        pos = name_end;  // no value: the spaces lead to the next attribute
      }
      if (!IsReadAttribute(name)) Drop(name_begin, pos);
    }
  }

  // Drops the content of the <svg> element whose start tag ends at `begin`, up
  // to its end tag, when it holds no nested <svg> and no HTML element that would
  // end the drawing (HTML's breakout tags: <p>, <div>, <b>, ...). Returns where
  // to go on.
  size_t SvgContent(size_t begin) {
    const size_t close = FindEndTag(html_, begin, "svg");
    if (close == std::string_view::npos) return begin;
    std::string_view content = html_.substr(begin, close - begin);
    for (size_t lt = content.find('<'); lt != std::string_view::npos; lt = content.find('<', lt + 1)) {
      size_t start = lt + 1 + (lt + 1 < content.size() && content[lt + 1] == '/');
      std::string_view name = content.substr(start, NameEnd(content, start) - start);
      if (EqualsIgnoreCase(name, "svg") || IsSvgBreakout(name)) return begin;
    }
    if (!content.empty()) Drop(begin, close);
    return close;
  }

  // HTML start tags that close open SVG elements (the "any other start tag"
  // rule for foreign content), ignoring case.
  static bool IsSvgBreakout(std::string_view name) {
    static constexpr std::string_view kBreakouts[] = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
        "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
        "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
        "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
    for (std::string_view b : kBreakouts) {
      if (EqualsIgnoreCase(name, b)) return true;
    }
    return false;
  }

  size_t EndTag(size_t lt) {
    size_t name_end = NameEnd(html_, lt + 2);
    std::string_view name = html_.substr(lt + 2, name_end - lt - 2);
    size_t end = SkipTagBody(html_, name_end);
    if (KindOfName(name) == NameKind::kUncounted) return end;
    if (drop_unread_ && verbatim_open_ > 0 && IsVerbatim(name)) --verbatim_open_;
    if (overflow_ > 0) {
      --overflow_;
      Drop(lt, end);
      return end;
    }
    for (size_t i = open_.size(); i-- > 0;) {
      if (EqualsIgnoreCase(open_[i], name)) {
        open_.resize(i);
        break;
      }
    }
    return end;
  }

  // <style>, and <script> but for JSON-LD.
  static bool IsDroppableCode(std::string_view name, std::string_view attributes,
                              std::string_view content) {
    if (content.empty()) return false;
    if (EqualsIgnoreCase(name, "style")) return true;
    return EqualsIgnoreCase(name, "script") && !ContainsIgnoreCase(attributes, "ld+json");
  }

  // Copies the input up to `begin` and skips [begin, end).
  void Drop(size_t begin, size_t end) {
    if (!changed_) {
      out_->clear();
      out_->reserve(html_.size());
      changed_ = true;
    }
    out_->append(html_.substr(copy_from_, begin - copy_from_));
    copy_from_ = end;
  }

  std::string_view html_;
  uint32_t max_depth_;
  bool drop_unread_;
  uint32_t verbatim_open_ = 0;  // <pre>/<listing> elements open
  std::vector<std::string_view> open_;  // counted open elements, outermost first
  uint64_t overflow_ = 0;               // open elements dropped past the limit
  std::string* out_;
  size_t copy_from_ = 0;  // input before this is already in *out_
  bool changed_ = false;
};

}  // namespace

bool PrefilterHtml(std::string_view html, const PrefilterOptions& options, std::string* out) {
  if (options.max_depth == 0 && !options.drop_unread) return false;
  return Prefilter(html, options, out).Run();
}

}  // namespace lede
