// JsonWriter: JSON text written straight into a string, the same bytes as
// nlohmann::json's dump(-1, ' ', false, error_handler_t::replace) of the
// equivalent value, without building the value first (a search answer's DOM of
// std::map objects cost more than the text: ~10% of a search's server CPU).
//
//   JsonWriter w;
//   w.BeginObject();
//   w.Key("hits"); w.BeginArray(); ... w.EndArray();
//   w.Key("total"); w.Int(12);
//   w.EndObject();
//   std::string text = std::move(w).Take();
//
// nlohmann::json keeps an object's keys sorted (std::map): the caller writes
// each object's keys in ascending byte order to get the same text. Strings are
// escaped as nlohmann escapes them ('"', '\\' and control characters; other
// UTF-8 as it is); a string that is not valid UTF-8 is written by nlohmann
// itself (invalid bytes as U+FFFD). Not thread-safe.
#ifndef LEDE_UTIL_JSON_WRITER_H_
#define LEDE_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

class JsonWriter {
 public:
  // `capacity`: bytes reserved for the text (it grows as it must).
  explicit JsonWriter(size_t capacity = 0) { out_.reserve(capacity); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The next member's key. REQUIRES: inside an object, after the previous
  // key's value; greater than that key for nlohmann's order.
  void Key(std::string_view key);

  void String(std::string_view text);
  // `text`, or null when it is empty (the API's unknown titles, dates, ...).
  void StringOrNull(std::string_view text);
  void Int(int64_t value);
  void Uint(uint64_t value);
  void Double(double value);  // nlohmann's shortest form ("1.0", "2.5e-05"); null if not finite
  void Bool(bool value) { Value(value ? "true" : "false"); }
  void Null() { Value("null"); }

  // The text written. REQUIRES: every object and array closed.
  std::string Take() && { return std::move(out_); }

 private:
  void Open(char bracket);
  void Close(char bracket);
  void Value(std::string_view literal);
  void BeforeValue();  // the comma between members or elements
  void Escaped(std::string_view text);

  std::string out_;
  std::vector<bool> has_member_;  // per open object or array
  bool after_key_ = false;
};

}  // namespace lede

#endif  // LEDE_UTIL_JSON_WRITER_H_
