#include "extract/string_cache.h"

#include <string>

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(StringCacheTest, ComputesEachStringOnce) {
  StringCache<size_t> cache;
  int calls = 0;
  auto length = [&](std::string_view s) {
    ++calls;
    return s.size();
  };
  EXPECT_EQ(cache.Get("share-bar", length), 9u);
  EXPECT_EQ(cache.Get(std::string("share-bar"), length), 9u);
  EXPECT_EQ(calls, 1);
  // Keys that share a prefix, a length or eight-byte words are distinct.
  EXPECT_EQ(cache.Get("share-ba", length), 8u);
  EXPECT_EQ(cache.Get("share-bar share-bar", length), 19u);
  EXPECT_EQ(cache.Get("share-bax", length), 9u);
  EXPECT_EQ(cache.Get("", length), 0u);
  EXPECT_EQ(calls, 5);
  EXPECT_EQ(cache.size(), 5u);
  EXPECT_EQ(cache.Get("share-bar share-bar", length), 19u);
  EXPECT_EQ(cache.Get("", length), 0u);
  EXPECT_EQ(calls, 5);
}

TEST(StringCacheTest, ForgetsEverythingWhenFull) {
  using Cache = StringCache<int>;
  Cache cache;
  int calls = 0;
  auto number = [&](std::string_view s) {
    ++calls;
    return std::stoi(std::string(s));
  };
  for (size_t i = 0; i < Cache::kMaxEntries; ++i) {
    ASSERT_EQ(cache.Get(std::to_string(i), number), static_cast<int>(i));
  }
  EXPECT_EQ(cache.size(), Cache::kMaxEntries);
  EXPECT_EQ(cache.Get("7", number), 7);  // remembered
  EXPECT_EQ(calls, static_cast<int>(Cache::kMaxEntries));
  EXPECT_EQ(cache.Get("-1", number), -1);  // one more: the table starts over
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Get("7", number), 7);
  EXPECT_EQ(calls, static_cast<int>(Cache::kMaxEntries) + 2);
}

TEST(StringCacheTest, BoundsTheKeyBytes) {
  using Cache = StringCache<size_t>;
  Cache cache;
  auto length = [](std::string_view s) { return s.size(); };
  const std::string huge(Cache::kMaxKeyBytes + 1, 'x');
  EXPECT_EQ(cache.Get(huge, length), huge.size());  // computed, not kept
  EXPECT_EQ(cache.size(), 0u);
  const std::string half(Cache::kMaxKeyBytes / 2 + 1, 'y');
  EXPECT_EQ(cache.Get(half, length), half.size());
  EXPECT_EQ(cache.Get(half + "z", length), half.size() + 1);  // over the bound: starts over
  EXPECT_EQ(cache.size(), 1u);
}

}  // namespace
}  // namespace lede
