// Request parameters: the query string of a target, decoded and checked.
// Every failure is kInvalidArgument naming the parameter, which the API turns
// into a 400 (docs/api.md).
#ifndef LEDE_SERVER_QUERY_PARAMS_H_
#define LEDE_SERVER_QUERY_PARAMS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::server {

// Decodes %XX escapes (and '+' as a space when `plus_is_space`, as in query
// strings). kInvalidArgument for a '%' not followed by two hex digits or an
// escaped NUL byte.
Status PercentDecode(std::string_view in, bool plus_is_space, std::string* out);

// Splits a request target "/path?query" at the first '?' (query "" if none).
void SplitTarget(std::string_view target, std::string_view* path, std::string_view* query);

class QueryParams {
 public:
  // Parses `query` ("q=a+b&limit=5"). kInvalidArgument for a bad escape, a name
  // not in `allowed` or a name given twice. An empty value counts as absent.
  static Status Parse(std::string_view query, const std::vector<std::string>& allowed,
                      QueryParams* params);

  // The value of `name`, "" when absent.
  const std::string& Get(const std::string& name) const;

  // Sets *value to `name` as a decimal integer in [min, max], or to `fallback`
  // when absent. kInvalidArgument naming the parameter and the range otherwise.
  Status GetInt(const std::string& name, int64_t fallback, int64_t min, int64_t max,
                int64_t* value) const;

  // Sets *value to `name` when it is a date YYYY-MM-DD (a real day), "" when
  // absent; kInvalidArgument otherwise.
  Status GetDate(const std::string& name, std::string* value) const;

  // Sets *value to `name` when it is one of `choices` (compared
  // case-insensitively, stored as the choice is spelled), "" when absent;
  // kInvalidArgument listing the choices otherwise.
  Status GetChoice(const std::string& name, const std::vector<std::string>& choices,
                   std::string* value) const;

  // The parameters in one canonical form: names in order, each name and value
  // length-prefixed, so equal parameter sets (whatever their order and
  // escaping in the query string) give equal strings and different ones differ.
  std::string Canonical() const;

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace lede::server

#endif  // LEDE_SERVER_QUERY_PARAMS_H_
