// Story linkage, as the Europe Media Monitor clusters news: an article joins the
// story whose members it is most similar to on average (average linkage), if that
// average reaches a threshold; similarity mixes the cosine of TF-IDF word vectors
// with the cosine of the entities the articles mention (docs/stories.md).
#ifndef LEDE_CLUSTER_STORY_LINKAGE_H_
#define LEDE_CLUSTER_STORY_LINKAGE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cluster/term_vector.h"

namespace lede {

// What an article is about: unit vectors of its words and of its entities.
struct ArticleVector {
  SparseVector<std::string> words;  // TF-IDF weights
  SparseVector<int64_t> entities;   // entity id -> mentions
};

// (1 - entity_weight) * cos(words) + entity_weight * cos(entities); words alone
// when either article has no entities (e.g. stored without analysis).
double ArticleSimilarity(const ArticleVector& a, const ArticleVector& b, double entity_weight);

// The mean similarity of `article` to `members` (0 for none).
double AverageLinkage(const ArticleVector& article, const std::vector<ArticleVector>& members,
                      double entity_weight);

}  // namespace lede

#endif  // LEDE_CLUSTER_STORY_LINKAGE_H_
