#include "crawl/robots.h"

#include <cctype>
#include <cstdlib>

namespace lede::crawl {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Upper-cases the hex digits of percent-encodings, so "%2f" and "%2F" compare equal.
std::string NormalisePercent(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i] == '%' && std::isxdigit(static_cast<unsigned char>(out[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(out[i + 2]))) {
      out[i + 1] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i + 1])));
      out[i + 2] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i + 2])));
    }
  }
  return out;
}

// One "key: value" line, comments removed; false for lines without a colon.
bool SplitLine(std::string_view line, std::string* key, std::string_view* value) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *key = Lower(Trim(line.substr(0, colon)));
  *value = Trim(line.substr(colon + 1));
  return true;
}

// RFC 9309 2.2.1: the product token matches a user-agent line case-insensitively;
// a line "lede/1.0" or "lede-crawler" is read up to its first non-token character.
bool AgentMatches(std::string_view line_agent, const std::string& token) {
  size_t end = 0;
  while (end < line_agent.size() && (std::isalpha(static_cast<unsigned char>(line_agent[end])) ||
                                     line_agent[end] == '-' || line_agent[end] == '_'))
    ++end;
  return Lower(line_agent.substr(0, end)) == token;
}

}  // namespace

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.rules_.push_back({"/", false});
  return rules;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Iterative glob match with backtracking to the last '*' (linear in practice).
  size_t p = 0, s = 0, star = std::string_view::npos, star_s = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++, star_s = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p, ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // the pattern is a prefix of the path
    } else if (star != std::string_view::npos) {
      p = star + 1, s = ++star_s;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::Parse(std::string_view body, std::string_view product_token,
                               size_t max_bytes) {
  if (max_bytes != 0 && body.size() > max_bytes) body = body.substr(0, max_bytes);
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const std::string token = Lower(product_token);
  RobotsRules mine, star;
  bool any_mine = false;
  // The groups the current lines belong to: a run of user-agent lines opens a group.
  bool group_mine = false, group_star = false, in_agents = false;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    std::string key;
    std::string_view value;
    if (!SplitLine(line, &key, &value)) continue;
    if (key == "user-agent") {
      if (!in_agents) group_mine = group_star = false;
      in_agents = true;
      if (value == "*") group_star = true;
      if (AgentMatches(value, token)) group_mine = any_mine = true;
      continue;
    }
    in_agents = false;
    if (key == "sitemap") {
      mine.sitemaps_.emplace_back(value);
      continue;
    }
    for (RobotsRules* target : {group_mine ? &mine : nullptr, group_star ? &star : nullptr}) {
      if (target == nullptr) continue;
      if (key == "allow" || key == "disallow") {
        // An empty Disallow allows everything: it adds no rule.
        if (!value.empty()) target->rules_.push_back({NormalisePercent(value), key == "allow"});
      } else if (key == "crawl-delay") {
        target->crawl_delay_seconds_ = std::strtod(std::string(value).c_str(), nullptr);
      }
    }
  }
  if (!any_mine) {
    star.sitemaps_ = std::move(mine.sitemaps_);
    return star;
  }
  return mine;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path == "/robots.txt") return true;
  const std::string normalised = NormalisePercent(path.empty() ? "/" : path);
  size_t best_length = 0;
  bool allowed = true, matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, normalised)) continue;
    const size_t length = rule.pattern.size();
    if (!matched || length > best_length || (length == best_length && rule.allow)) {
      allowed = rule.allow, best_length = length, matched = true;
    }
  }
  return allowed;
}

}  // namespace lede::crawl
