#include "store/merge.h"

#include <memory>
#include <vector>

namespace lede {

Status MergeStore(const std::string& shard_path, size_t batch, Store* out, AddResult* totals) {
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  std::unique_ptr<Store> shard;
  Status s = Store::Open(shard_path, options, &shard);
  if (!s.ok()) return s;
  std::vector<StoredArticle> page;
  for (int64_t after = 0;; after = page.back().id) {
    page.clear();
    s = shard->Scan(after, batch, &page);
    if (!s.ok() || page.empty()) return s;
    std::vector<NewArticle> articles;
    articles.reserve(page.size());
    for (StoredArticle& stored : page) articles.push_back({std::move(stored.article), std::move(stored.analysis)});
    AddResult added;
    s = out->Add(articles, &added);
    if (!s.ok()) return s;
    totals->added += added.added;
    totals->existing += added.existing;
    totals->near_duplicates += added.near_duplicates;
  }
}

}  // namespace lede
