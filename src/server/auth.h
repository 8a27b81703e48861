// Who may talk to the server: loopback-only by default, a bearer token beyond.
#ifndef LEDE_SERVER_AUTH_H_
#define LEDE_SERVER_AUTH_H_

#include <string>
#include <string_view>

namespace lede::server {

// True when `host` is a loopback address or name: "localhost", 127.0.0.0/8,
// "::1". Anything else (including "0.0.0.0" and "::") is reachable from other
// machines.
bool IsLoopbackHost(const std::string& host);

// True when `authorization` (the header's value) is "Bearer <token>" with
// exactly `token`. Compares in time independent of where the strings differ.
// REQUIRES: !token.empty().
bool BearerTokenMatches(std::string_view authorization, std::string_view token);

}  // namespace lede::server

#endif  // LEDE_SERVER_AUTH_H_
