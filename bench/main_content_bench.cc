// main_content_bench: pages per second of main-content extraction on real news pages,
// next to its floor (HTML parsing alone) and the whole ExtractArticle (charset,
// metadata, language). Usage: main_content_bench [DIR_OF_.html.gz ...]
// (default: ../shared/data/scrapinghub-aeb/html and newspaper4k-naeb/html).
// Rates are per CPU second of this thread (the machine is shared) and per wall second.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/html_dom.h"
#include "extract/main_content.h"
#include "lede/extractor.h"
#include "thread_cpu.h"

namespace fs = std::filesystem;
using namespace lede;

namespace {

std::string ReadGzip(const fs::path& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  for (int n; (n = gzread(f, buf, sizeof(buf))) > 0;) out.append(buf, n);
  gzclose(f);
  return out;
}

using bench::ThreadCpuSeconds;

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

template <typename Fn>
void Measure(const char* name, const std::vector<std::string>& pages, int rounds, Fn&& fn) {
  double cpu = ThreadCpuSeconds(), wall = WallSeconds();
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& page : pages) fn(page);
  }
  cpu = ThreadCpuSeconds() - cpu;
  wall = WallSeconds() - wall;
  double n = static_cast<double>(pages.size()) * rounds;
  std::printf("%-28s %8.0f pages/CPU-s %8.0f pages/wall-s %7.2f ms/page (CPU)\n", name, n / cpu,
              n / wall, 1000 * cpu / n);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> dirs;
  for (int i = 1; i < argc; ++i) dirs.emplace_back(argv[i]);
  if (dirs.empty()) {
    fs::path data = fs::path(LEDE_SHARED_DIR) / "data";
    dirs = {data / "scrapinghub-aeb/html", data / "newspaper4k-naeb/html"};
  }
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      pages.push_back(ReadGzip(f));
      bytes += pages.back().size();
    }
  }
  if (pages.empty()) {
    std::fprintf(stderr, "main_content_bench: no pages found\n");
    return 1;
  }
  std::printf("%zu pages, %.1f MB, one thread\n", pages.size(), bytes / 1e6);
  const int rounds = 3;
  Measure("parse only (floor)", pages, rounds, [](const std::string& page) {
    HtmlDom dom;
    dom.Parse(page);
  });
  Measure("parse + main content", pages, rounds, [](const std::string& page) {
    HtmlDom dom;
    dom.Parse(page);
    MainContent content;
    ExtractMainContent(dom, MainContentOptions(), &content);
  });
  Measure("ExtractArticle (all fields)", pages, rounds, [](const std::string& page) {
    Record record;
    record.body = page;
    Article article;
    ExtractArticle(record, ExtractOptions(), &article);
  });
  return 0;
}
