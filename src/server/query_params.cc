#include "server/query_params.h"

#include <algorithm>
#include <boost/algorithm/string/predicate.hpp>
#include <charconv>
#include <chrono>

namespace lede::server {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Status BadParameter(const std::string& name, const std::string& value, const std::string& why) {
  return Status::InvalidArgument("parameter '" + name + "' ('" + value + "'): " + why);
}

bool IsRealDay(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  int year = 0, month = 0, day = 0;
  auto parse = [&](size_t at, size_t len, int* out) {
    auto [end, ec] = std::from_chars(date.data() + at, date.data() + at + len, *out);
    return ec == std::errc() && end == date.data() + at + len;
  };
  if (!parse(0, 4, &year) || !parse(5, 2, &month) || !parse(8, 2, &day)) return false;
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month(month),
                                  std::chrono::day(day)};
  return ymd.ok();
}

}  // namespace

Status PercentDecode(std::string_view in, bool plus_is_space, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '+' && plus_is_space) {
      out->push_back(' ');
    } else if (c != '%') {
      out->push_back(c);
    } else {
      int high = i + 2 < in.size() ? HexValue(in[i + 1]) : -1;
      int low = high >= 0 ? HexValue(in[i + 2]) : -1;
      if (low < 0) return Status::InvalidArgument("bad %-escape at byte " + std::to_string(i));
      char decoded = static_cast<char>(high * 16 + low);
      if (decoded == '\0')
        return Status::InvalidArgument("escaped NUL byte at byte " + std::to_string(i));
      out->push_back(decoded);
      i += 2;
    }
  }
  return Status::OK();
}

void SplitTarget(std::string_view target, std::string_view* path, std::string_view* query) {
  size_t mark = target.find('?');
  *path = target.substr(0, mark);
  *query = mark == std::string_view::npos ? std::string_view() : target.substr(mark + 1);
}

Status QueryParams::Parse(std::string_view query, const std::vector<std::string>& allowed,
                          QueryParams* params) {
  params->values_.clear();
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string name, value;
    Status s = PercentDecode(pair.substr(0, eq), true, &name);
    if (s.ok() && eq != std::string_view::npos)
      s = PercentDecode(pair.substr(eq + 1), true, &value);
    if (!s.ok()) return Status::InvalidArgument("query string: " + s.message());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return Status::InvalidArgument("unknown parameter '" + name + "'");
    }
    if (params->values_.count(name))
      return Status::InvalidArgument("parameter '" + name + "' given twice");
    if (!value.empty()) params->values_[name] = std::move(value);
  }
  return Status::OK();
}

const std::string& QueryParams::Get(const std::string& name) const {
  static const std::string kAbsent;
  auto it = values_.find(name);
  return it == values_.end() ? kAbsent : it->second;
}

Status QueryParams::GetInt(const std::string& name, int64_t fallback, int64_t min, int64_t max,
                           int64_t* value) const {
  const std::string& text = Get(name);
  if (text.empty()) {
    *value = fallback;
    return Status::OK();
  }
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  if (ec != std::errc() || end != text.data() + text.size() || *value < min || *value > max) {
    return BadParameter(
        name, text,
        "expected an integer from " + std::to_string(min) + " to " + std::to_string(max));
  }
  return Status::OK();
}

Status QueryParams::GetDate(const std::string& name, std::string* value) const {
  *value = Get(name);
  if (value->empty() || IsRealDay(*value)) return Status::OK();
  return BadParameter(name, *value, "expected a date YYYY-MM-DD");
}

Status QueryParams::GetChoice(const std::string& name, const std::vector<std::string>& choices,
                              std::string* value) const {
  const std::string& text = Get(name);
  value->clear();
  if (text.empty()) return Status::OK();
  for (const std::string& choice : choices) {
    if (boost::algorithm::iequals(choice, text)) {
      *value = choice;
      return Status::OK();
    }
  }
  std::string listed;
  for (const std::string& choice : choices) listed += (listed.empty() ? "" : ", ") + choice;
  return BadParameter(name, text, "expected one of " + listed);
}

std::string QueryParams::Canonical() const {
  std::string canonical;
  for (const auto& [name, value] : values_) {
    canonical += std::to_string(name.size()) + ":" + name + std::to_string(value.size()) + ":" + value;
  }
  return canonical;
}

}  // namespace lede::server
