#include "nlp/ner_model.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <span>

#include "util/byte_io.h"

namespace lede::nlp {
namespace {

constexpr char kMagic[8] = {'L', 'E', 'D', 'E', 'N', 'E', 'R', '\x1a'};
constexpr size_t kHeaderBytes = 32;
// A body larger than this is taken as a damaged size field.
constexpr uint64_t kMaxBodyBytes = uint64_t{1} << 32;

void PutEntries(std::span<const NerHashTable::Entry> entries, ByteWriter* w) {
  w->Put<uint64_t>(entries.size());
  for (const auto& [key, value] : entries) {
    w->Put(key);
    w->Put(value);
  }
}

bool GetEntries(ByteReader* r, std::vector<NerHashTable::Entry>* entries) {
  uint64_t n;
  if (!r->Get(&n) || n > kMaxBodyBytes / 12) return false;
  entries->resize(n);
  for (auto& [key, value] : *entries) {
    if (!r->Get(&key) || !r->Get(&value)) return false;
  }
  return true;
}

std::string EncodeBody(const NerModel& m) {
  ByteWriter w;
  w.PutString(m.description);
  w.Put<uint32_t>(m.weights.hash_bits);
  w.Put<uint32_t>(kNumLabels);
  float max_abs = 0;
  for (float v : m.weights.emission) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  w.Put(scale);
  for (float v : m.weights.transition) w.Put(v);
  for (float v : m.weights.emission) w.Put(static_cast<int16_t>(std::lround(v / scale)));
  w.Put<uint32_t>(static_cast<uint32_t>(m.gazetteer.categories().size()));
  for (const std::string& c : m.gazetteer.categories()) w.PutString(c);
  PutEntries(m.gazetteer.Entries(), &w);
  PutEntries(m.clusters.Entries(), &w);
  return std::move(w.bytes());
}

bool DecodeBody(std::string_view body, NerModel* m) {
  ByteReader r(body);
  uint32_t hash_bits, labels;
  float scale;
  if (!r.GetString(&m->description) || !r.Get(&hash_bits) || !r.Get(&labels) || !r.Get(&scale)) {
    return false;
  }
  if (hash_bits < 8 || hash_bits > 30 || labels != kNumLabels) return false;
  m->weights = NerWeights(static_cast<int>(hash_bits));
  if (!r.GetArray(m->weights.transition.data(), m->weights.transition.size())) return false;
  // Through raw pointers: under the sanitizers at -O1 each vector access stays a call.
  float* emission = m->weights.emission.data();
  const size_t count = m->weights.emission.size();
  int16_t quantised[4096];
  for (size_t at = 0; at < count; at += std::size(quantised)) {
    const size_t n = std::min(std::size(quantised), count - at);
    if (!r.GetArray(quantised, n)) return false;
    for (size_t i = 0; i < n; ++i) emission[at + i] = quantised[i] * scale;
  }
  uint32_t num_categories;
  if (!r.Get(&num_categories) || num_categories > NerGazetteer::kMaxCategories) return false;
  std::vector<std::string> categories(num_categories);
  for (std::string& c : categories) {
    if (!r.GetString(&c)) return false;
  }
  std::vector<NerHashTable::Entry> entries;
  if (!GetEntries(&r, &entries)) return false;
  m->gazetteer = NerGazetteer::FromEntries(std::move(categories), entries);
  if (!GetEntries(&r, &entries)) return false;
  m->clusters = NerClusters::FromEntries(entries);
  return r.done();
}

}  // namespace

NerWeights::NerWeights(int bits)
    : hash_bits(bits),
      emission((size_t{1} << bits) * kNumLabels, 0.0f),
      transition((kNumLabels + 1) * kNumLabels, 0.0f) {}

Status SaveNerModel(const NerModel& model, const std::string& path) {
  const std::string body = EncodeBody(model);
  uLongf packed_size = compressBound(body.size());
  std::string packed(packed_size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size,
                reinterpret_cast<const Bytef*>(body.data()), body.size(), 9) != Z_OK) {
    return Status::IOError(path + ": compression failed");
  }
  packed.resize(packed_size);
  ByteWriter header;
  header.bytes().append(kMagic, sizeof(kMagic));
  header.Put<uint32_t>(kNerModelVersion);
  header.Put<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(packed.data()), packed.size()));
  header.Put<uint64_t>(body.size());
  header.Put<uint64_t>(packed.size());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(header.bytes().data(), header.bytes().size());
  out.write(packed.data(), packed.size());
  out.close();
  if (!out) return Status::IOError(path + ": write failed");
  return Status::OK();
}

Status LoadNerModel(const std::string& path, NerModel* model) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": no such model file");
  std::string header(kHeaderBytes, '\0');
  in.read(header.data(), kHeaderBytes);
  if (in.gcount() < static_cast<std::streamsize>(sizeof(kMagic)) ||
      std::memcmp(header.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption(path + ": not a lede NER model (bad magic)");
  }
  ByteReader r(std::string_view(header).substr(sizeof(kMagic), in.gcount() - sizeof(kMagic)));
  uint32_t version, crc;
  uint64_t body_size, packed_size;
  if (!r.Get(&version)) return Status::Corruption(path + ": truncated header");
  if (version != kNerModelVersion) {
    return Status::NotSupported(path + ": model format version " + std::to_string(version) +
                                ", this lede reads version " + std::to_string(kNerModelVersion));
  }
  if (!r.Get(&crc) || !r.Get(&body_size) || !r.Get(&packed_size)) {
    return Status::Corruption(path + ": truncated header");
  }
  if (body_size > kMaxBodyBytes || packed_size > kMaxBodyBytes) {
    return Status::Corruption(path + ": implausible sizes in header");
  }
  std::string packed(packed_size, '\0');
  in.read(packed.data(), packed_size);
  if (static_cast<uint64_t>(in.gcount()) != packed_size) {
    return Status::Corruption(path + ": truncated: " + std::to_string(in.gcount()) + " of " +
                              std::to_string(packed_size) + " payload bytes");
  }
  if (crc32(0, reinterpret_cast<const Bytef*>(packed.data()), packed.size()) != crc) {
    return Status::Corruption(path + ": checksum mismatch");
  }
  std::string body(body_size, '\0');
  uLongf out_size = body_size;
  if (uncompress(reinterpret_cast<Bytef*>(body.data()), &out_size,
                 reinterpret_cast<const Bytef*>(packed.data()), packed.size()) != Z_OK ||
      out_size != body_size || !DecodeBody(body, model)) {
    return Status::Corruption(path + ": malformed model body");
  }
  return Status::OK();
}

}  // namespace lede::nlp
