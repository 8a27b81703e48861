// The HTTP message types the server's parts exchange (Boost.Beast).
#ifndef LEDE_SERVER_HTTP_H_
#define LEDE_SERVER_HTTP_H_

#include <boost/beast/http.hpp>

namespace lede::server {

namespace http = boost::beast::http;

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

}  // namespace lede::server

#endif  // LEDE_SERVER_HTTP_H_
