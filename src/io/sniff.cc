#include "io/sniff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace lede::io {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
// Tags that mark HTML when found near the start (lower case).
constexpr std::array<std::string_view, 4> kHtmlMarkers = {"<!doctype html", "<html", "<head",
                                                          "<body"};
constexpr size_t kMarkerWindow = 1024;
constexpr std::array<std::string_view, 14> kBinaryMagics = {"%PDF-",
                                                            "\x89PNG",
                                                            "GIF8",
                                                            "\xFF\xD8\xFF",
                                                            "PK\x03\x04",
                                                            "RIFF",
                                                            "OggS",
                                                            "ID3",
                                                            "\x1A\x45\xDF\xA3",
                                                            "wOFF",
                                                            "wOF2",
                                                            "BZh",
                                                            "\xFD"
                                                            "7zXZ",
                                                            "\x28\xB5\x2F\xFD"};
// Content types that say nothing about the payload; sniff it instead.
constexpr std::array<std::string_view, 5> kVagueTypes = {
    "", "application/octet-stream", "text/plain", "unknown/unknown", "application/unknown"};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view SkipSpace(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

bool HasUtf16Bom(std::string_view head) {
  return head.starts_with(kUtf16LeBom) || head.starts_with(kUtf16BeBom);
}

// The media type of a Content-Type value: lower case, without parameters.
std::string MediaType(std::string_view content_type) {
  content_type = content_type.substr(0, content_type.find(';'));
  content_type = SkipSpace(content_type);
  while (!content_type.empty() && std::isspace(static_cast<unsigned char>(content_type.back()))) {
    content_type.remove_suffix(1);
  }
  return Lower(content_type);
}

}  // namespace

bool LooksBinary(std::string_view head) {
  for (std::string_view magic : kBinaryMagics) {
    if (head.starts_with(magic)) return true;
  }
  return !HasUtf16Bom(head) && head.find('\0') != std::string_view::npos;
}

bool LooksLikeHtml(std::string_view head) {
  if (HasUtf16Bom(head)) return head.find('<') != std::string_view::npos;
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  std::string start = Lower(SkipSpace(head).substr(0, kMarkerWindow));
  for (std::string_view marker : kHtmlMarkers) {
    if (start.find(marker) != std::string::npos) return true;
  }
  // Markup that starts at once: "<p>", "<!-- -->", "<div>" (but not an XML feed).
  return start.size() >= 2 && start[0] == '<' && !start.starts_with("<?xml") &&
         (std::isalpha(static_cast<unsigned char>(start[1])) || start[1] == '!');
}

bool IsHtmlPayload(std::string_view content_type, std::string_view head) {
  std::string type = MediaType(content_type);
  if (type == "text/html" || type == "application/xhtml+xml") return true;
  bool vague = std::find(kVagueTypes.begin(), kVagueTypes.end(), type) != kVagueTypes.end();
  return vague && !LooksBinary(head) && LooksLikeHtml(head);
}

InputFormat SniffFormat(std::string_view head) {
  if (head.starts_with("\x1F\x8B")) return InputFormat::kGzip;
  std::string_view first_line = head.substr(std::min(head.find_first_not_of("\r\n"), head.size()));
  if (first_line.starts_with("WARC/")) return InputFormat::kWarc;
  if (head.starts_with("filedesc://")) return InputFormat::kArc;
  if (LooksBinary(head)) return InputFormat::kBinary;
  std::string_view text = head.starts_with(kUtf8Bom) ? head.substr(kUtf8Bom.size()) : head;
  if (SkipSpace(text).starts_with('{')) return InputFormat::kJsonl;
  if (LooksLikeHtml(head)) return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace lede::io
