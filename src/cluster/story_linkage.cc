#include "cluster/story_linkage.h"

namespace lede {

double ArticleSimilarity(const ArticleVector& a, const ArticleVector& b, double entity_weight) {
  double words = Cosine(a.words, b.words);
  if (a.entities.empty() || b.entities.empty()) return words;
  return (1 - entity_weight) * words + entity_weight * Cosine(a.entities, b.entities);
}

double AverageLinkage(const ArticleVector& article, const std::vector<ArticleVector>& members,
                      double entity_weight) {
  if (members.empty()) return 0;
  double sum = 0;
  for (const ArticleVector& m : members) sum += ArticleSimilarity(article, m, entity_weight);
  return sum / static_cast<double>(members.size());
}

}  // namespace lede
