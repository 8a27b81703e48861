#include "util/url.h"

#include <algorithm>
#include <array>

namespace lede {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; });
  return out;
}

// The parts of "scheme://authority/path?query#fragment" (fragment dropped).
struct UrlParts {
  std::string_view scheme, authority, path, query;
};

bool Split(std::string_view url, UrlParts* parts) {
  size_t colon = url.find("://");
  if (colon == std::string_view::npos || colon == 0) return false;
  parts->scheme = url.substr(0, colon);
  std::string_view rest = url.substr(colon + 3);
  rest = rest.substr(0, rest.find('#'));
  size_t path_at = rest.find_first_of("/?");
  parts->authority = rest.substr(0, path_at);
  rest = path_at == std::string_view::npos ? std::string_view() : rest.substr(path_at);
  size_t query_at = rest.find('?');
  parts->path = rest.substr(0, query_at);
  parts->query = query_at == std::string_view::npos ? std::string_view() : rest.substr(query_at + 1);
  return true;
}

bool IsTrackingParameter(std::string_view param) {
  static constexpr std::array<std::string_view, 3> kExact = {"fbclid", "gclid", "mc_cid"};
  std::string_view name = param.substr(0, param.find('='));
  if (name.starts_with("utm_")) return true;
  return std::find(kExact.begin(), kExact.end(), name) != kExact.end();
}

std::string KeptQuery(std::string_view query) {
  std::string kept;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view param = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (param.empty() || IsTrackingParameter(param)) continue;
    if (!kept.empty()) kept += '&';
    kept += param;
  }
  return kept;
}

std::string_view WithoutDefaultPort(std::string_view authority, std::string_view scheme) {
  if ((scheme == "http" && authority.ends_with(":80")) || (scheme == "https" && authority.ends_with(":443"))) {
    return authority.substr(0, authority.rfind(':'));
  }
  return authority;
}

}  // namespace

std::string CanonicalUrl(std::string_view url) {
  UrlParts parts;
  if (!Split(url, &parts)) return "";
  std::string scheme = Lower(parts.scheme);
  std::string out = scheme + "://" + Lower(WithoutDefaultPort(parts.authority, scheme));
  out += parts.path.empty() && !parts.authority.empty() ? std::string_view("/") : parts.path;
  std::string query = KeptQuery(parts.query);
  if (!query.empty()) out += "?" + query;
  return out;
}

std::string UrlHost(std::string_view url) {
  UrlParts parts;
  if (!Split(url, &parts)) return "";
  std::string_view host = parts.authority.substr(parts.authority.rfind('@') + 1);  // npos + 1 == 0
  host = host.substr(0, host.find(':'));
  std::string out = Lower(host);
  if (out.starts_with("www.")) out.erase(0, 4);
  return out;
}

std::string SourceHost(const Article& article) {
  return UrlHost(article.url.empty() ? article.canonical_url : article.url);
}

}  // namespace lede
