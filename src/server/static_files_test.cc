#include "server/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <fstream>

namespace lede::server {
namespace {
namespace fs = std::filesystem;

// A web folder with index.html, a big script, a subfolder, and symlinks
// pointing in and out of it; a secret file beside it.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("lede_static_" + std::to_string(getpid()));
    fs::remove_all(base_);
    root_ = base_ / "web";
    fs::create_directories(root_ / "assets");
    Write(root_ / "index.html", "<!doctype html><title>lede ui</title>");
    script_ = "console.log('lede');\n";
    while (script_.size() < 5000) script_ += "const x" + std::to_string(script_.size()) + " = 1;\n";
    Write(root_ / "assets" / "app.js", script_);
    Write(root_ / "assets" / "logo.png", "\x89PNG");
    Write(base_ / "secret.txt", "top secret");
    fs::create_symlink(base_ / "secret.txt", root_ / "leak.txt");
    fs::create_symlink(base_, root_ / "up");
    fs::create_symlink(root_ / "assets" / "app.js", root_ / "app-link.js");
  }
  void TearDown() override { fs::remove_all(base_); }

  static void Write(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  static Request Get(const std::string& target) {
    Request request{http::verb::get, target, 11};
    return request;
  }

  fs::path base_, root_;
  std::string script_;
};

TEST_F(StaticFilesTest, ResolvesFilesUnderTheRootOnly) {
  fs::path root = fs::canonical(root_);
  fs::path file;
  ASSERT_TRUE(ResolveStaticPath(root, "/assets/app.js", &file).ok());
  EXPECT_EQ(file, root / "assets" / "app.js");
  ASSERT_TRUE(ResolveStaticPath(root, "/", &file).ok());
  EXPECT_EQ(file, root / "index.html");
  ASSERT_TRUE(ResolveStaticPath(root, "//./assets//app.js", &file).ok());
  ASSERT_TRUE(ResolveStaticPath(root, "/app-link.js", &file).ok());  // a symlink inside is fine
  EXPECT_EQ(file, root / "assets" / "app.js");

  for (std::string traversal : {"/../secret.txt", "/assets/../../secret.txt", "/..", "/a/..\\..",
                                "/assets\\..\\..\\secret.txt"}) {
    EXPECT_EQ(ResolveStaticPath(root, traversal, &file).code(), Status::Code::kInvalidArgument)
        << traversal;
  }
  for (std::string outside : {"/leak.txt", "/up/secret.txt", "/etc/passwd", "/missing.js"}) {
    EXPECT_EQ(ResolveStaticPath(root, outside, &file).code(), Status::Code::kNotFound) << outside;
  }
}

TEST_F(StaticFilesTest, ContentTypes) {
  EXPECT_EQ(ContentTypeFor("a/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("x.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("logo.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("font.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("blob.bin"), "application/octet-stream");
}

TEST_F(StaticFilesTest, ServesFilesWithEtagAnd304) {
  StaticFiles files(root_.string(), 0);
  Response response = files.Serve(Get("/assets/logo.png"), "/assets/logo.png");
  EXPECT_EQ(response.result(), http::status::ok);
  EXPECT_EQ(response[http::field::content_type], "image/png");
  EXPECT_EQ(response.body(), "\x89PNG");
  std::string tag(response[http::field::etag]);
  ASSERT_FALSE(tag.empty());

  Request again = Get("/assets/logo.png");
  again.set(http::field::if_none_match, tag);
  Response cached = files.Serve(again, "/assets/logo.png");
  EXPECT_EQ(cached.result(), http::status::not_modified);
  EXPECT_TRUE(cached.body().empty());
}

TEST_F(StaticFilesTest, GzipsTextWhenAccepted) {
  StaticFiles files(root_.string(), 0);
  Request request = Get("/assets/app.js");
  request.set(http::field::accept_encoding, "gzip, deflate, br");
  Response response = files.Serve(request, "/assets/app.js");
  ASSERT_EQ(response[http::field::content_encoding], "gzip");
  EXPECT_LT(response.body().size(), script_.size());
  std::string plain(script_.size() + 16, '\0');
  z_stream zs{};
  inflateInit2(&zs, 16 + MAX_WBITS);
  zs.next_in = reinterpret_cast<Bytef*>(response.body().data());
  zs.avail_in = response.body().size();
  zs.next_out = reinterpret_cast<Bytef*>(plain.data());
  zs.avail_out = plain.size();
  EXPECT_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
  plain.resize(zs.total_out);
  inflateEnd(&zs);
  EXPECT_EQ(plain, script_);

  request.set(http::field::accept_encoding, "gzip;q=0, identity");
  EXPECT_EQ(files.Serve(request, "/assets/app.js").body(), script_);
}

TEST_F(StaticFilesTest, UnknownPathsGetIndexHtmlAndTraversalA400) {
  StaticFiles files(root_.string(), 0);
  for (std::string route : {"/articles/12", "/entities/3", "/leak.txt", "/up/secret.txt"}) {
    Response response = files.Serve(Get(route), route);
    EXPECT_EQ(response.result(), http::status::ok) << route;
    EXPECT_NE(response.body().find("lede ui"), std::string::npos) << route;
  }
  Response response = files.Serve(Get("/x"), "/../secret.txt");
  EXPECT_EQ(response.result(), http::status::bad_request);
  EXPECT_EQ(response.body().find("top secret"), std::string::npos);
}

TEST_F(StaticFilesTest, FilesOverTheLimitAreRefused) {
  StaticFiles files(root_.string(), 1000);
  EXPECT_EQ(files.Serve(Get("/assets/app.js"), "/assets/app.js").result(),
            http::status::internal_server_error);
}

TEST_F(StaticFilesTest, WithoutAUiFolderEveryPageSaysSo) {
  StaticFiles files((base_ / "not-built").string(), 0);
  EXPECT_FALSE(files.has_ui());
  Response response = files.Serve(Get("/"), "/");
  EXPECT_EQ(response.result(), http::status::ok);
  EXPECT_NE(response.body().find("web UI was not built"), std::string::npos);
}

}  // namespace
}  // namespace lede::server
