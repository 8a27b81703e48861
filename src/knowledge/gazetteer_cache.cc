// The gazetteer's binary cache: what parsing places.tsv.gz makes (the places, the
// sorted folded-name index, the demonyms), written once by the build and read back
// in one pass, so that an analysing process does not fold, hash and sort ~570,000
// names again (docs/ci.md: most of the analyzer's load).
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "knowledge/gazetteer.h"
#include "util/byte_io.h"
#include "util/read_file.h"

namespace lede {
namespace {

constexpr char kCacheMagic[8] = {'L', 'E', 'D', 'E', 'G', 'A', 'Z', '\x1a'};
constexpr uint32_t kCacheVersion = 1;

// The sizes and CRC-32s of the files Parse() reads, as bytes; false when one
// cannot be read.
bool SourceTag(const std::string& dir, std::string* tag) {
  ByteWriter w;
  for (const char* file : {"/places.tsv.gz", "/demonyms.tsv.gz"}) {
    std::ifstream in(dir + file, std::ios::binary);
    if (!in) return false;
    char chunk[1 << 16];
    uint64_t size = 0;
    uLong crc = crc32(0, nullptr, 0);
    while (in.read(chunk, sizeof(chunk)) || in.gcount() > 0) {
      crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk), in.gcount());
      size += in.gcount();
    }
    w.Put(size);
    w.Put<uint32_t>(crc);
  }
  *tag = std::move(w.bytes());
  return true;
}

}  // namespace

Status Gazetteer::Load(const std::string& dir, std::unique_ptr<Gazetteer>* out) {
  std::string sources;
  if (!SourceTag(dir, &sources)) return ParseFiles(dir, "", out);  // reports the missing file
  std::unique_ptr<Gazetteer> cached(new Gazetteer);
  const std::string cache = CachePath();
  if (!cache.empty() && cached->ReadCache(cache, sources)) {
    *out = std::move(cached);
    return Status::OK();
  }
  return ParseFiles(dir, std::move(sources), out);
}

Status Gazetteer::Parse(const std::string& dir, std::unique_ptr<Gazetteer>* out) {
  std::string sources;
  SourceTag(dir, &sources);
  return ParseFiles(dir, std::move(sources), out);
}

std::string Gazetteer::CachePath() {
  const char* env = std::getenv("LEDE_GAZETTEER_CACHE");
  if (env != nullptr) return env;
#ifdef LEDE_GAZETTEER_CACHE
  return LEDE_GAZETTEER_CACHE;
#else
  return "";
#endif
}

Status Gazetteer::SaveCache(const std::string& path) const {
  ByteWriter w;
  w.bytes().append(kCacheMagic, sizeof(kCacheMagic));
  w.Put(kCacheVersion);
  w.PutString(sources_);
  w.Put<uint32_t>(places_.size());
  for (const Place& p : places_) {
    w.Put(p.geonames_id);
    w.Put(static_cast<uint8_t>(p.kind));
    w.Put(p.lat);
    w.Put(p.lon);
    w.Put(p.population);
    for (const std::string* s : {&p.name, &p.country, &p.admin1, &p.feature_code}) w.PutString(*s);
  }
  w.PutVector(index_hashes_);
  w.PutVector(index_offsets_);
  w.PutVector(index_places_);
  w.Put<uint32_t>(demonyms_.size());
  for (const auto& [word, place] : demonyms_) {
    w.PutString(word);
    w.Put(place);
  }
  // Written beside the target and renamed over it, so that a reader never sees half a file.
  const std::string temporary = path + ".tmp";
  std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
  file.write(w.bytes().data(), w.bytes().size());
  file.close();
  if (!file || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return Status::IOError(path + ": cannot write the gazetteer cache");
  }
  return Status::OK();
}

bool Gazetteer::ReadCache(const std::string& path, std::string_view sources) {
  const std::string bytes = ReadFile(path);
  if (bytes.size() < sizeof(kCacheMagic) ||
      bytes.compare(0, sizeof(kCacheMagic), kCacheMagic, sizeof(kCacheMagic)) != 0) {
    return false;
  }
  ByteReader in(std::string_view(bytes).substr(sizeof(kCacheMagic)));
  uint32_t version;
  std::string_view tag;
  if (!in.Get(&version) || version != kCacheVersion || !in.GetString(&tag) || tag != sources ||
      !ReadPlaces(&in) || !in.GetVector(&index_hashes_) || !in.GetVector(&index_offsets_) ||
      !in.GetVector(&index_places_) || !IndexIsConsistent()) {
    return false;
  }
  uint32_t demonyms;
  if (!in.Get(&demonyms)) return false;
  for (uint32_t i = 0; i < demonyms; ++i) {
    std::string_view word;
    uint32_t place;
    if (!in.GetString(&word) || !in.Get(&place) || place >= places_.size()) return false;
    demonyms_.emplace(word, place);
  }
  sources_ = sources;
  loaded_from_cache_ = true;
  return in.done();
}

bool Gazetteer::ReadPlaces(ByteReader* in) {
  uint32_t n;
  if (!in->Get(&n)) return false;
  places_.resize(n);
  for (uint32_t index = 0; index < n; ++index) {
    Place& p = places_[index];
    uint8_t kind;
    if (!in->Get(&p.geonames_id) || !in->Get(&kind) ||
        kind > static_cast<uint8_t>(PlaceKind::kCity) || !in->Get(&p.lat) || !in->Get(&p.lon) ||
        !in->Get(&p.population) || !in->GetString(&p.name) || !in->GetString(&p.country) ||
        !in->GetString(&p.admin1) || !in->GetString(&p.feature_code)) {
      return false;
    }
    p.kind = static_cast<PlaceKind>(kind);
    AddCode(index);
  }
  return true;
}

// What Lookup() relies on: one run per hash, runs in order, places in range.
bool Gazetteer::IndexIsConsistent() const {
  if (index_offsets_.size() != index_hashes_.size() + 1 || index_offsets_.front() != 0 ||
      index_offsets_.back() != index_places_.size()) {
    return false;
  }
  for (size_t i = 1; i < index_offsets_.size(); ++i) {
    if (index_offsets_[i] < index_offsets_[i - 1]) return false;
  }
  for (uint32_t place : index_places_) {
    if (place >= places_.size()) return false;
  }
  return true;
}

}  // namespace lede
