// Fixed-layout binary files (the NER model, the gazetteer cache): values in the
// machine's byte order appended to and read from a byte string.
#ifndef LEDE_UTIL_BYTE_IO_H_
#define LEDE_UTIL_BYTE_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

class ByteWriter {
 public:
  template <typename T>
  void Put(T v) {
    const size_t at = out_.size();
    out_.resize(at + sizeof(T));
    std::memcpy(out_.data() + at, &v, sizeof(T));
  }
  // A uint32 length, then the bytes.
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  // A uint64 count, then the values in one copy.
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Every Get returns false when too few bytes are left; the reader is then of no
// further use.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    if (in_.size() < sizeof(T)) return false;
    std::memcpy(v, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return true;
  }
  // Reads n consecutive values in one copy.
  template <typename T>
  bool GetArray(T* v, size_t n) {
    if (in_.size() / sizeof(T) < n) return false;
    std::memcpy(v, in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }
  // What PutString wrote; `s` views the reader's input.
  bool GetString(std::string_view* s) {
    uint32_t n;
    if (in_.size() < sizeof(n)) return false;
    std::memcpy(&n, in_.data(), sizeof(n));
    if (in_.size() - sizeof(n) < n) return false;
    *s = in_.substr(sizeof(n), n);
    in_.remove_prefix(sizeof(n) + n);
    return true;
  }
  bool GetString(std::string* s) {
    std::string_view view;
    if (!GetString(&view)) return false;
    s->assign(view);
    return true;
  }
  // What PutVector wrote.
  template <typename T>
  bool GetVector(std::vector<T>* v) {
    uint64_t n;
    if (!Get(&n) || in_.size() / sizeof(T) < n) return false;
    v->resize(n);
    return GetArray(v->data(), n);
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace lede

#endif  // LEDE_UTIL_BYTE_IO_H_
