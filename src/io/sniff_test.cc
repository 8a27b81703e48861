#include "io/sniff.h"

#include <gtest/gtest.h>

#include <string>

namespace lede::io {
namespace {

TEST(SniffFormat, FromFirstBytes) {
  struct Case {
    std::string head;
    InputFormat format;
  } cases[] = {
      {"\x1f\x8b\x08\x00", InputFormat::kGzip},
      {"WARC/1.0\r\n", InputFormat::kWarc},
      {"WARC/0.18\r\n", InputFormat::kWarc},
      {"\r\n\r\nWARC/1.1\r\n", InputFormat::kWarc},
      {"filedesc://x.arc 0.0.0.0 20080430204825 text/plain 76\n", InputFormat::kArc},
      {"{\"url\": \"x\"}\n", InputFormat::kJsonl},
      {"\xEF\xBB\xBF  {\"text\": \"x\"}\n", InputFormat::kJsonl},
      {"<!DOCTYPE html><html>", InputFormat::kHtml},
      {"\n\n  <html lang=en>", InputFormat::kHtml},
      {"<p>Hello</p>", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?><rss version=\"2.0\">", InputFormat::kText},
      {"Just some text.\nMore text.", InputFormat::kText},
      {"%PDF-1.7\n", InputFormat::kBinary},
      {"\x89PNG\r\n\x1a\n", InputFormat::kBinary},
      {std::string("GIF89a\0\0", 8), InputFormat::kBinary},
      {std::string("abc\0def", 7), InputFormat::kBinary},
      {std::string("\xFF\xFE<\0h\0t\0m\0l\0", 12), InputFormat::kHtml},
  };
  for (const Case& c : cases) EXPECT_EQ(SniffFormat(c.head), c.format) << c.head;
}

TEST(IsHtmlPayload, ContentTypeFirstThenContent) {
  EXPECT_TRUE(IsHtmlPayload("text/html; charset=utf-8", "anything"));
  EXPECT_TRUE(IsHtmlPayload("TEXT/HTML", ""));
  EXPECT_TRUE(IsHtmlPayload("application/xhtml+xml", ""));
  EXPECT_FALSE(IsHtmlPayload("image/png", "<html>"));
  EXPECT_FALSE(IsHtmlPayload("application/pdf", "%PDF-1.4"));
  EXPECT_TRUE(IsHtmlPayload("", "<!doctype html><title>x</title>"));
  EXPECT_TRUE(IsHtmlPayload("application/octet-stream", "<html><body>"));
  EXPECT_TRUE(IsHtmlPayload("text/plain", "  <html>"));
  EXPECT_FALSE(IsHtmlPayload("", "%PDF-1.4 <html>"));
  EXPECT_FALSE(IsHtmlPayload("text/plain", "plain words"));
}

}  // namespace
}  // namespace lede::io
