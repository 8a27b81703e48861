// Tokenisation and sentence splitting speed on one core over the demo corpus, and
// sentence-boundary F1 on GUM, each next to ICU's BreakIterators as the baseline
// (dependency-bakeoff.md §2: word iterator; sentence iterator with en@ss=standard).
//
// Usage: tokenize_bench [MIN_MB]   (default 50: the corpus is repeated to at least that)
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lede/document.h"
#include "nlp/abbreviations.h"
#include "nlp/sentences.h"
#include "nlp/tokenizer.h"
#include "nlp/ud_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;
const std::string kData = std::string(LEDE_SHARED_DIR) + "/data/";

std::vector<std::string> ReadDemoTexts() {
  std::ifstream in(kData + "demo-news/wikinews-articles.jsonl");
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) texts.push_back(nlohmann::json::parse(line)["text"]);
  return texts;
}

// Wall time and this process's CPU time: the machine is shared, so CPU time is
// the steadier measure of one core's speed.
struct Run {
  double seconds = 0;
  double cpu_seconds = 0;
  size_t items = 0;
};

template <typename Fn>
Run Time(const std::vector<std::string>& texts, int rounds, Fn&& fn) {
  Run run;
  const auto start = Clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& text : texts) run.items += fn(text);
  }
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  run.cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  return run;
}

void Print(const char* name, const Run& run, double megabytes, const char* unit) {
  std::printf("%-44s %7.1f MB/s %6.2f M %s/s per CPU second (wall: %.1f MB/s; %zu %s)\n", name,
              megabytes / run.cpu_seconds, run.items / run.cpu_seconds / 1e6, unit,
              megabytes / run.seconds, run.items, unit);
}

std::unique_ptr<icu::BreakIterator> IcuIterator(bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status)
                : icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "ICU: %s\n", u_errorName(status));
    std::exit(1);
  }
  return it;
}

// ICU boundaries over UTF-8 text: the byte offsets of its segments [start, end).
std::vector<lede::Span> IcuSegments(icu::BreakIterator* it, const std::string& text,
                                    bool words_only) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(utext, status);
  std::vector<lede::Span> segments;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    if (words_only && it->getRuleStatus() == UBRK_WORD_NONE) continue;
    segments.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  utext_close(utext);
  return segments;
}

// ICU sentences with trailing white space trimmed, so that ends compare with gold ones.
std::vector<lede::Span> IcuSentences(icu::BreakIterator* it, const std::string& text) {
  std::vector<lede::Span> sentences = IcuSegments(it, text, false);
  for (lede::Span& s : sentences) {
    while (s.end > s.start && std::isspace(static_cast<unsigned char>(text[s.end - 1]))) --s.end;
  }
  return sentences;
}

void Speed(double min_megabytes) {
  const std::vector<std::string> texts = ReadDemoTexts();
  size_t bytes = 0;
  for (const std::string& text : texts) bytes += text.size();
  const int rounds = std::max(1, static_cast<int>(min_megabytes * 1e6 / bytes + 0.5));
  const double megabytes = bytes * rounds / 1e6;
  std::printf("demo corpus: %zu articles, %.2f MB, %d rounds = %.1f MB, one thread\n\n",
              texts.size(), bytes / 1e6, rounds, megabytes);

  std::vector<lede::Token> tokens;
  std::string norm_text;
  std::vector<lede::Sentence> sentences;
  Print("lede Tokenize",
        Time(texts, rounds,
             [&](const std::string& text) {
               lede::nlp::Tokenize(text, {}, &tokens, &norm_text);
               return tokens.size();
             }),
        megabytes, "tokens");
  Print("lede Tokenize + SplitSentences",
        Time(texts, rounds,
             [&](const std::string& text) {
               lede::nlp::Tokenize(text, {}, &tokens, &norm_text);
               lede::nlp::SplitSentences(text, {}, &tokens, &sentences);
               return tokens.size();
             }),
        megabytes, "tokens");
  Print("lede Document::Create (copies the article)",
        Time(texts, rounds,
             [&](const std::string& text) {
               lede::Article article;
               article.text = text;
               std::unique_ptr<lede::Document> doc;
               (void)lede::Document::Create(std::move(article), {}, &doc);
               return doc->tokens().size();
             }),
        megabytes, "tokens");
  Print("lede sentences (of the above)",
        Time(texts, rounds,
             [&](const std::string& text) {
               lede::nlp::Tokenize(text, {}, &tokens, &norm_text);
               lede::nlp::SplitSentences(text, {}, &tokens, &sentences);
               return sentences.size();
             }),
        megabytes, "sentences");
  const std::unique_ptr<icu::BreakIterator> words = IcuIterator(false);
  Print("ICU word BreakIterator (UTF-8 UText)",
        Time(texts, rounds,
             [&](const std::string& text) { return IcuSegments(words.get(), text, true).size(); }),
        megabytes, "words");
  const std::unique_ptr<icu::BreakIterator> icu_sentences = IcuIterator(true);
  Print("ICU sentence BreakIterator en@ss=standard",
        Time(texts, rounds,
             [&](const std::string& text) {
               return IcuSegments(icu_sentences.get(), text, false).size();
             }),
        megabytes, "sentences");
}

// The abbreviation post-filter dependency-bakeoff.md §2 plans for ICU: drops a
// boundary after a title or initial ("Dr.", "J.") and after "No." before a number.
std::vector<lede::Span> FilterAbbreviations(const std::string& text,
                                            std::vector<lede::Span> sentences) {
  std::vector<lede::Span> kept;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const lede::Span s = sentences[i];
    size_t word = s.end > 0 ? s.end - 1 : 0;  // the final period
    while (word > s.start && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
    const std::string_view before(text.data() + word, s.end - 1 - word);
    const lede::nlp::AbbreviationKind kind = text[s.end - 1] == '.'
                                                 ? lede::nlp::ClassifyAbbreviation(before)
                                                 : lede::nlp::AbbreviationKind::kNone;
    const bool digit_next = i + 1 < sentences.size() &&
                            std::isdigit(static_cast<unsigned char>(text[sentences[i + 1].start]));
    const bool joins = kind == lede::nlp::AbbreviationKind::kTitle ||
                       (kind == lede::nlp::AbbreviationKind::kNumeral && digit_next);
    if (joins && i + 1 < sentences.size()) {
      sentences[i + 1].start = s.start;
    } else {
      kept.push_back(s);
    }
  }
  return kept;
}

void Quality() {
  lede::nlp::GoldCorpus gum;
  for (const auto& entry : std::filesystem::directory_iterator(kData + "gum_open_genres/conllu")) {
    const lede::Status status = lede::nlp::ReadUdFile(entry.path().string(), &gum);
    if (!status.ok()) std::fprintf(stderr, "%s\n", status.ToString().c_str());
  }
  const std::unique_ptr<icu::BreakIterator> icu_sentences = IcuIterator(true);
  lede::nlp::MatchScore ours, icu, icu_filtered;
  std::vector<lede::Token> tokens;
  std::string norm_text;
  std::vector<lede::Sentence> sentences;
  for (const lede::nlp::GoldDocument& doc : gum.documents) {
    lede::nlp::Tokenize(doc.text, {}, &tokens, &norm_text);
    lede::nlp::SplitSentences(doc.text, {}, &tokens, &sentences);
    std::vector<lede::Span> spans;
    for (const lede::Sentence& s : sentences) spans.push_back(s.span);
    ours.Add(lede::nlp::ScoreSentenceEnds(doc.sentences, spans));
    const std::vector<lede::Span> icu_spans = IcuSentences(icu_sentences.get(), doc.text);
    icu.Add(lede::nlp::ScoreSentenceEnds(doc.sentences, icu_spans));
    icu_filtered.Add(
        lede::nlp::ScoreSentenceEnds(doc.sentences, FilterAbbreviations(doc.text, icu_spans)));
  }
  std::printf("\nGUM sentence boundaries (%zu docs)   precision  recall  F1\n",
              gum.documents.size());
  std::printf("  lede SplitSentences                 %.4f    %.4f  %.4f\n", ours.Precision(),
              ours.Recall(), ours.F1());
  std::printf("  ICU en@ss=standard                  %.4f    %.4f  %.4f\n", icu.Precision(),
              icu.Recall(), icu.F1());
  std::printf("  ICU en@ss=standard + abbreviations  %.4f    %.4f  %.4f\n",
              icu_filtered.Precision(), icu_filtered.Recall(), icu_filtered.F1());
}

}  // namespace

int main(int argc, char** argv) {
  Speed(argc > 1 ? std::atof(argv[1]) : 50);
  Quality();
  return 0;
}
