// Charset decoding: raw document bytes in any charset -> valid UTF-8.
//
// The charset is decided in this order (WHATWG "encoding sniffing", adapted):
//   1. a byte order mark (UTF-8, UTF-16LE/BE, and UTF-32LE/BE, which WHATWG lacks);
//   2. the charset parameter of the HTTP Content-Type;
//   3. for HTML, the <meta> prescan of the first bytes (PrescanMetaCharset);
//   4. an XML declaration (<?xml version="1.0" encoding="euc-kr"?>) at the start
//      (feeds; WHATWG ignores it in HTML, so it comes after <meta>);
//   5. detection when nothing was declared or the declaration is contradicted by
//      the bytes: bytes that are UTF-8 (with at most a few errors) are UTF-8,
//      BOM-less UTF-16/32 is recognised by its NUL pattern, and everything else
//      goes to uchardet;
//   6. windows-1252, the WHATWG default, when detection has no answer.
// A contradicted declaration is passed over for the next step. It is
// contradicted when it says UTF-8 but the bytes have fewer than 4 well-formed
// multi-byte sequences per ill-formed one, when it names any other charset but
// the bytes are valid UTF-8 with multi-byte sequences, or when it says UTF-16
// or UTF-32 but the first 4 KiB hold no NUL byte.
//
// Charset names are the WHATWG Encoding Standard's canonical names ("UTF-8",
// "windows-1252", "Shift_JIS", ...), found from its labels ("latin1", "ascii" and
// "iso-8859-1" all name windows-1252). Differences from WHATWG, for a reader
// rather than a browser: ISO-2022-KR, ISO-2022-CN and HZ-GB-2312 are decoded
// instead of mapped to "replacement"; x-user-defined is windows-1252;
// ISO-8859-16 (absent from ICU) is unknown; UTF-32LE/BE and EUC-TW are added
// because detectors report them.
//
// Thread-safe: all functions may be called concurrently (each thread keeps its
// own converters and detector).
#ifndef LEDE_EXTRACT_CHARSET_H_
#define LEDE_EXTRACT_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

// Where the charset of a DecodedText came from.
enum class CharsetSource {
  kBom,       // a byte order mark
  kHttp,      // the Content-Type charset parameter
  kMeta,      // the HTML <meta> prescan
  kXml,       // the XML declaration
  kDetected,  // the bytes themselves (no declaration, or a contradicted one)
  kDefault,   // nothing declared and nothing detected: windows-1252
};

// Returns "bom", "http", "meta", "xml", "detected" or "default".
std::string_view CharsetSourceName(CharsetSource source);

struct CharsetOptions {
  // How many leading bytes the <meta> prescan reads. WHATWG says 1024; pages
  // with long <head>s declare later. 0 = the whole document.
  size_t prescan_bytes = 1024;
  // How many leading bytes uchardet reads when detection is needed. It runs at
  // about 1 MB/s on non-ASCII bytes (0.4 MB/s on random ones), so this bounds
  // the time a hostile document can take. 0 = the whole document.
  size_t detect_bytes = 64 << 10;
};

struct DecodedText {
  // The document as valid UTF-8: no BOM, invalid or unmappable bytes replaced
  // by U+FFFD (one per maximal ill-formed subsequence), NUL replaced by U+FFFD.
  std::string utf8;
  // The canonical WHATWG name of the charset the bytes were decoded with.
  std::string charset;
  CharsetSource source = CharsetSource::kDefault;
};

// Returns the canonical name for a charset label, ignoring ASCII case and
// surrounding whitespace ("  Latin1 " -> "windows-1252"), or "" if the label is
// unknown.
std::string_view CanonicalCharset(std::string_view label);

// Returns the canonical charset named by the first "charset=" in a Content-Type
// value or a <meta content> value ("text/html; charset=\"utf-8\"" -> "UTF-8"),
// or "" if there is none or it is unknown (WHATWG "extract a character encoding
// from a meta element").
std::string_view CharsetFromContentType(std::string_view content_type);

// The WHATWG prescan of an HTML byte stream: returns the canonical charset the
// first <meta charset> or <meta http-equiv=content-type content> declares, or ""
// if none is found in `bytes` (callers pass the first bytes only). A UTF-16
// declaration yields "UTF-8" and x-user-defined yields "windows-1252".
std::string_view PrescanMetaCharset(std::string_view bytes);

// Decodes `bytes` to UTF-8 following the order above. `content_type` is the HTTP
// Content-Type value or empty; `is_html` enables the <meta> prescan. Never
// fails: any input yields valid UTF-8.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool is_html,
                         const CharsetOptions& options = CharsetOptions());

// DecodeToUtf8 without a copy when `bytes` already are its result (well-formed
// UTF-8 without BOM or NUL, most web pages): fills *decoded and returns the
// UTF-8 text, which is then `bytes` itself (decoded->utf8 left empty), else
// decoded->utf8. REQUIRES: `bytes` and *decoded outlive the returned view.
std::string_view DecodeToUtf8View(std::string_view bytes, std::string_view content_type,
                                  bool is_html, DecodedText* decoded,
                                  const CharsetOptions& options = CharsetOptions());

}  // namespace lede

#endif  // LEDE_EXTRACT_CHARSET_H_
