// robots.txt (RFC 9309): the rules for one crawler, from one file.
#ifndef LEDE_CRAWL_ROBOTS_H_
#define LEDE_CRAWL_ROBOTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede::crawl {

// The allow and disallow rules of the group that applies to one product token.
// Immutable after Parse; thread-compatible.
class RobotsRules {
 public:
  // Rules that allow everything (no robots.txt: 4xx, RFC 9309 2.3.1.3).
  static RobotsRules AllowAll() { return RobotsRules(); }
  // Rules that disallow everything (robots.txt unreachable: 5xx or network error, 2.3.1.4).
  static RobotsRules DisallowAll();

  // Parses a robots.txt body for `product_token` ("lede"): the groups whose
  // user-agent lines name the token (case-insensitively) are merged; when none
  // does, the "*" groups apply; when there is none either, everything is
  // allowed. Only the first max_bytes are read (RFC 9309 asks for at least 500 KiB).
  static RobotsRules Parse(std::string_view body, std::string_view product_token,
                           size_t max_bytes = 512 << 10);

  // True when `path` (the URL's path and query, "/a/b?c") may be fetched: the
  // longest matching rule decides, an allow rule wins a tie, no match allows.
  // "/robots.txt" is always allowed. Patterns may use "*" (any run of bytes) and
  // a final "$" (end of the path); percent-encodings compare case-insensitively.
  bool Allowed(std::string_view path) const;

  // The Crawl-delay of the applying group in seconds (0 = none given); not in
  // RFC 9309 but widely used.
  double crawl_delay_seconds() const { return crawl_delay_seconds_; }
  // The Sitemap: URLs the file lists (they apply to every user agent).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow = false;
  };
  std::vector<Rule> rules_;
  double crawl_delay_seconds_ = 0;
  std::vector<std::string> sitemaps_;
};

// True when `path` matches the robots.txt `pattern` (see RobotsRules::Allowed).
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace lede::crawl

#endif  // LEDE_CRAWL_ROBOTS_H_
