#include "nlp/ud_corpus.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>

namespace lede::nlp {
namespace {

constexpr size_t kMaxLineBytes = 1 << 20;

struct GzCloser {
  void operator()(gzFile file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// Reads one line without its "\n" into *line; false at the end of the file.
Status ReadLine(gzFile file, const std::string& path, std::string* line, bool* more) {
  line->clear();
  char buffer[8192];
  while (gzgets(file, buffer, sizeof buffer) != nullptr) {
    line->append(buffer);
    if (line->size() > kMaxLineBytes) return Status::Corruption(path + ": line over 1 MiB");
    if (!line->empty() && line->back() == '\n') {
      line->pop_back();
      if (!line->empty() && line->back() == '\r') line->pop_back();
      *more = true;
      return Status::OK();
    }
  }
  int error = Z_OK;
  const char* message = gzerror(file, &error);
  if (error != Z_OK && error != Z_BUF_ERROR) return Status::IOError(path + ": " + message);
  *more = !line->empty();
  return Status::OK();
}

// One sentence as read: its text, whether a paragraph starts with it, and its word forms.
struct RawSentence {
  std::string text;
  bool new_paragraph = false;
  std::vector<std::string> words;
  // Pending multi-word token: its surface form and how many word lines it spans.
  std::string mwt_form;
  size_t mwt_words_left = 0;
  std::vector<std::string> mwt_words;
};

class Reader {
 public:
  Reader(const std::string& path, GoldCorpus* corpus) : path_(path), corpus_(corpus) {}

  Status Line(std::string_view line) {
    if (line.empty()) {
      EndSentence();
      return Status::OK();
    }
    if (line[0] == '#') return Comment(line);
    return TokenLine(line);
  }

  Status Finish() {
    EndSentence();
    EndDocument();
    return Status::OK();
  }

 private:
  Status Comment(std::string_view line) {
    if (line.starts_with("# newdoc")) {
      EndDocument();
      sentence_.new_paragraph = true;
    } else if (line.starts_with("# newpar")) {
      sentence_.new_paragraph = true;
    } else if (line.starts_with("# text = ")) {
      sentence_.text = line.substr(9);
    }
    return Status::OK();
  }

  Status TokenLine(std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::Corruption(path_ + ": token line without FORM");
    const std::string_view id = line.substr(0, tab);
    std::string_view form = line.substr(tab + 1);
    form = form.substr(0, form.find('\t'));
    if (id.find('.') != std::string_view::npos) return Status::OK();  // an empty node
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      size_t first = 0, last = 0;
      if (!ParseId(id.substr(0, dash), &first) || !ParseId(id.substr(dash + 1), &last) ||
          last < first) {
        return Status::Corruption(path_ + ": bad multi-word token id " + std::string(id));
      }
      sentence_.mwt_form = form;
      sentence_.mwt_words_left = last - first + 1;
      sentence_.mwt_words.clear();
      return Status::OK();
    }
    if (sentence_.mwt_words_left == 0) {
      sentence_.words.emplace_back(form);
      return Status::OK();
    }
    sentence_.mwt_words.emplace_back(form);
    if (--sentence_.mwt_words_left == 0) EndMultiWordToken();
    return Status::OK();
  }

  static bool ParseId(std::string_view text, size_t* id) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *id);
    return error == std::errc() && end == text.data() + text.size();
  }

  void EndMultiWordToken() {
    std::string spelled;
    for (const std::string& word : sentence_.mwt_words) spelled += word;
    if (spelled == sentence_.mwt_form) {
      for (std::string& word : sentence_.mwt_words) sentence_.words.push_back(std::move(word));
    } else {
      sentence_.words.push_back(sentence_.mwt_form);
    }
  }

  void EndSentence() {
    if (!sentence_.words.empty()) AddSentence();
    const bool keep_paragraph = sentence_.words.empty() && sentence_.new_paragraph;
    sentence_ = RawSentence();
    sentence_.new_paragraph = keep_paragraph;
  }

  // Places the sentence's words in its text; skips the sentence if they do not spell it.
  void AddSentence() {
    std::vector<Span> tokens;
    size_t pos = 0;
    const std::string& text = sentence_.text;
    for (const std::string& word : sentence_.words) {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      if (text.compare(pos, word.size(), word) != 0) {
        ++corpus_->skipped_sentences;
        return;
      }
      tokens.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + word.size())});
      pos += word.size();
    }
    GoldDocument& doc = document_;
    if (!doc.text.empty()) doc.text += sentence_.new_paragraph ? "\n\n" : " ";
    const auto base = static_cast<uint32_t>(doc.text.size());
    doc.text += text;
    for (Span span : tokens) doc.tokens.push_back({base + span.start, base + span.end});
    doc.sentences.push_back({base + tokens.front().start, base + tokens.back().end});
  }

  void EndDocument() {
    if (!document_.sentences.empty()) corpus_->documents.push_back(std::move(document_));
    document_ = GoldDocument();
  }

  const std::string& path_;
  GoldCorpus* corpus_;
  RawSentence sentence_;
  GoldDocument document_;
};

MatchScore Score(std::vector<uint64_t> gold, std::vector<uint64_t> predicted) {
  std::sort(gold.begin(), gold.end());
  std::sort(predicted.begin(), predicted.end());
  std::vector<uint64_t> both;
  std::set_intersection(gold.begin(), gold.end(), predicted.begin(), predicted.end(),
                        std::back_inserter(both));
  return {gold.size(), predicted.size(), both.size()};
}

std::vector<uint64_t> SpanKeys(const std::vector<Span>& spans) {
  std::vector<uint64_t> keys;
  keys.reserve(spans.size());
  for (Span span : spans) keys.push_back(uint64_t{span.start} << 32 | span.end);
  return keys;
}

std::vector<uint64_t> InnerEnds(const std::vector<Span>& sentences) {
  std::vector<uint64_t> ends;
  for (size_t i = 0; i + 1 < sentences.size(); ++i) ends.push_back(sentences[i].end);
  return ends;
}

}  // namespace

Status ReadUdFile(const std::string& path, GoldCorpus* corpus) {
  GzFile file(gzopen(path.c_str(), "rb"));
  if (file == nullptr) {
    return errno == ENOENT ? Status::NotFound(path)
                           : Status::IOError(path + ": " + strerror(errno));
  }
  Reader reader(path, corpus);
  std::string line;
  bool more = true;
  while (true) {
    Status status = ReadLine(file.get(), path, &line, &more);
    if (!status.ok()) return status;
    if (!more) break;
    status = reader.Line(line);
    if (!status.ok()) return status;
  }
  return reader.Finish();
}

void MatchScore::Add(const MatchScore& other) {
  gold += other.gold;
  predicted += other.predicted;
  matched += other.matched;
}

double MatchScore::Precision() const { return predicted == 0 ? 0 : double(matched) / predicted; }
double MatchScore::Recall() const { return gold == 0 ? 0 : double(matched) / gold; }
double MatchScore::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

MatchScore ScoreTokens(const std::vector<Span>& gold, const std::vector<Span>& predicted) {
  return Score(SpanKeys(gold), SpanKeys(predicted));
}

MatchScore ScoreSentenceEnds(const std::vector<Span>& gold, const std::vector<Span>& predicted) {
  return Score(InnerEnds(gold), InnerEnds(predicted));
}

}  // namespace lede::nlp
