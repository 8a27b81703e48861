#include "server/auth.h"

#include <boost/asio/ip/address.hpp>

namespace lede::server {

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost") return true;
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

bool BearerTokenMatches(std::string_view authorization, std::string_view token) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() != kScheme.size() + token.size()) return false;
  unsigned char differences = 0;
  for (size_t i = 0; i < kScheme.size(); ++i) differences |= authorization[i] ^ kScheme[i];
  for (size_t i = 0; i < token.size(); ++i)
    differences |= authorization[kScheme.size() + i] ^ token[i];
  return differences == 0;
}

}  // namespace lede::server
