#include "eval/set_score.h"

#include <cassert>

#include "eval/field_scores.h"
#include "eval/rouge_lsum.h"
#include "eval/shingle_score.h"
#include "eval/snippet_score.h"

namespace lede::eval {
namespace {

FieldScore BodyScore(const DevSet& set, const std::vector<Prediction>& predictions) {
  const std::vector<GoldPage>& pages = set.pages;
  switch (set.body_metric) {
    case BodyMetric::kNone:
      return {};
    case BodyMetric::kShingleF1: {
      ShingleScorer scorer;
      for (size_t i = 0; i < pages.size(); ++i) scorer.Add(pages[i].body, predictions[i].text);
      return {scorer.Result().f1, scorer.pages()};
    }
    case BodyMetric::kSnippetF1: {
      SnippetScorer scorer;
      for (size_t i = 0; i < pages.size(); ++i) {
        scorer.Add(predictions[i].text, pages[i].with, pages[i].without);
      }
      return {scorer.Result().f1, scorer.pages()};
    }
    case BodyMetric::kRougeLsum: {
      RougeScorer scorer;
      for (size_t i = 0; i < pages.size(); ++i) {
        scorer.Add(pages[i].body_paragraphs, predictions[i].text);
      }
      return {scorer.Result().f1, scorer.pages()};
    }
  }
  return {};
}

}  // namespace

SetScores ScorePredictions(const DevSet& set, const std::vector<Prediction>& predictions,
                           const ScoredFields& fields) {
  assert(predictions.size() == set.pages.size());
  SetScores scores;
  scores.pages = set.pages.size();
  TitleScorer title;
  AuthorScorer authors;
  DateScorer date;
  for (size_t i = 0; i < set.pages.size(); ++i) {
    const GoldPage& gold = set.pages[i];
    const Prediction& pred = predictions[i];
    if (pred.failed) ++scores.failed;
    if (gold.title) title.Add(*gold.title, pred.title);
    if (gold.authors) authors.Add(*gold.authors, pred.authors);
    if (gold.date) date.Add(*gold.date, pred.published);
  }
  if (fields.body) scores.body = BodyScore(set, predictions);
  if (fields.title) scores.title = {title.Result(), title.pages()};
  if (fields.authors) scores.authors = {authors.Result(), authors.pages()};
  if (fields.date) scores.date = {date.Result(), date.pages()};
  return scores;
}

}  // namespace lede::eval
