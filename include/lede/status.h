// Status: the outcome of an operation that can fail for reasons outside the
// program's control (bad input, I/O, limits). Bugs are assertions, not Statuses.
//
// A Status is cheap to copy when ok(). Thread-compatible.
#ifndef LEDE_STATUS_H_
#define LEDE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace lede {

class Status {
 public:
  // Stable machine-readable codes; Name() gives the string used in JSON output.
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // usage errors, malformed options
    kNotFound,         // missing file or entry
    kCorruption,       // malformed input: bad WARC header, bad gzip member, bad JSON
    kNotSupported,     // valid input lede does not handle (e.g. a PDF payload)
    kTooLarge,         // a named limit was exceeded
    kIOError,          // the operating system failed a read or write
    kEmpty,            // input parsed but held no article text
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status NotSupported(std::string msg) { return {Code::kNotSupported, std::move(msg)}; }
  static Status TooLarge(std::string msg) { return {Code::kTooLarge, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status Empty(std::string msg) { return {Code::kEmpty, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns the code's name in snake case ("corruption", "too_large", ...).
  std::string_view CodeName() const;
  // Returns "code_name: message", or "ok".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

inline std::string_view Status::CodeName() const {
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: return "invalid_argument";
    case Code::kNotFound: return "not_found";
    case Code::kCorruption: return "corruption";
    case Code::kNotSupported: return "not_supported";
    case Code::kTooLarge: return "too_large";
    case Code::kIOError: return "io_error";
    case Code::kEmpty: return "empty";
  }
  return "unknown";
}

inline std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(CodeName()) + ": " + message_;
}

}  // namespace lede

#endif  // LEDE_STATUS_H_
