#include "util/json_writer.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace lede {
namespace {

using json = nlohmann::json;

// Writes `value` through `w` (objects in nlohmann's key order).
void Write(const json& value, JsonWriter* w) {
  switch (value.type()) {
    case json::value_t::object:
      w->BeginObject();
      for (const auto& [key, member] : value.items()) {
        w->Key(key);
        Write(member, w);
      }
      w->EndObject();
      break;
    case json::value_t::array:
      w->BeginArray();
      for (const json& element : value) Write(element, w);
      w->EndArray();
      break;
    case json::value_t::string:
      w->String(value.get_ref<const std::string&>());
      break;
    case json::value_t::number_integer:
      w->Int(value.get<int64_t>());
      break;
    case json::value_t::number_unsigned:
      w->Uint(value.get<uint64_t>());
      break;
    case json::value_t::number_float:
      w->Double(value.get<double>());
      break;
    case json::value_t::boolean:
      w->Bool(value.get<bool>());
      break;
    default:
      w->Null();
  }
}

// The writer's text of `value` must be nlohmann's dump of it.
void ExpectSameAsDump(const json& value) {
  JsonWriter w;
  Write(value, &w);
  EXPECT_EQ(std::move(w).Take(), value.dump(-1, ' ', false, json::error_handler_t::replace));
}

TEST(JsonWriterTest, EveryByteAloneAndInTextIsEscapedAsNlohmannDoes) {
  for (int c = 0; c < 256; ++c) {
    const std::string byte(1, static_cast<char>(c));
    ExpectSameAsDump(json(byte));
    ExpectSameAsDump(json("a" + byte + "b \"quoted\" back\\slash"));
    // Long text is looked at 16 bytes at a time: the byte before, in and after a block.
    for (size_t at : {0, 5, 15, 16, 17, 31, 32, 40, 47}) {
      std::string text(48, 'x');
      text[at] = static_cast<char>(c);
      ExpectSameAsDump(json(text));
      if (c >= 0xC2 && c <= 0xF4 && at + 1 < text.size()) {
        text[at + 1] = '\x80';  // a sequence cut short or whole, across a block edge
        ExpectSameAsDump(json(text));
      }
    }
  }
}

TEST(JsonWriterTest, ValidAndInvalidUtf8) {
  for (const char* text :
       {"café Zoë – “quotes” 東京 Москва \xF0\x9F\x98\x80", "\xC3", "caf\xC3 x",
        "\xED\xA0\x80 surrogate", "\xF4\x90\x80\x80 above U+10FFFF", "\xC0\xAF overlong",
        "\xE0\x80\x80 overlong", "\xE2\x82 cut", "\xF0\x9F\x98 cut", "\x80\xBF stray",
        "\xEF\xBF\xBF U+FFFF", "\xF4\x8F\xBF\xBF U+10FFFF", "\xFE\xFF"}) {
    ExpectSameAsDump(json(text));
  }
}

TEST(JsonWriterTest, Numbers) {
  for (double d : {0.0, -0.0, 1.0, 12.0, -3.14159, 0.1, 2.5e-05, 1e300, -1e-300, 123456789.125,
                   1.0 / 3, std::nan(""), std::numeric_limits<double>::infinity()}) {
    ExpectSameAsDump(json(d));
  }
  for (int64_t i : {int64_t{0}, int64_t{-1}, std::numeric_limits<int64_t>::min(),
                    std::numeric_limits<int64_t>::max()}) {
    ExpectSameAsDump(json(i));
  }
  ExpectSameAsDump(json(std::numeric_limits<uint64_t>::max()));
}

TEST(JsonWriterTest, NestedObjectsAndArrays) {
  ExpectSameAsDump(
      json::parse(R"({"b": [1, 2.5, "x", null, true, false, [], {}], "a": {"z\n": {}, "y": [[]]},
                                  "": "empty key", "count": 3, "date": "2020-01-02"})"));
  ExpectSameAsDump(json::array());
  ExpectSameAsDump(json::object());
  JsonWriter w;
  w.BeginObject();
  w.Key("title");
  w.StringOrNull("");
  w.Key("url");
  w.StringOrNull("https://example.org/");
  w.EndObject();
  EXPECT_EQ(std::move(w).Take(), R"({"title":null,"url":"https://example.org/"})");
}

}  // namespace
}  // namespace lede
