// lede_gazetteer_cache DIR CACHE: parses the gazetteer in DIR (places.tsv.gz,
// demonyms.tsv.gz) and writes its binary cache to CACHE, which Gazetteer::Load()
// then reads instead of parsing (the build runs it on data/gazetteer).
#include <cstdio>
#include <memory>

#include "knowledge/gazetteer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s GAZETTEER_DIR CACHE_FILE\n", argv[0]);
    return 2;
  }
  std::unique_ptr<lede::Gazetteer> gazetteer;
  lede::Status status = lede::Gazetteer::Parse(argv[1], &gazetteer);
  if (status.ok()) status = gazetteer->SaveCache(argv[2]);
  if (!status.ok()) {
    std::fprintf(stderr, "lede_gazetteer_cache: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
