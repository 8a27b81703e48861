// Tags the sentences of a CoNLL file with npm's compromise and wink-nlp (+
// wink-eng-lite-web-model) and writes, per tool, "token gold predicted" lines
// for ../shared/eval/conll_f1.py; prints each tool's speed (tokens/s, one core:
// node runs the taggers on its main thread). Used by ner_bench.sh.
//
// Usage: node ner_peers.mjs CONLL_FILE OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const [conllPath, outDir] = process.argv.slice(2);

function readSentences(file) {
  const sentences = [];
  let cur = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim() || cols[0] === '-DOCSTART-') {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    cur.push({ token: cols[0], gold: cols[cols.length - 1] });
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

// Token start offsets of the sentence joined with single spaces.
function layout(sentence) {
  const starts = [];
  let text = '';
  for (const { token } of sentence) {
    if (text) text += ' ';
    starts.push(text.length);
    text += token;
  }
  return { text, starts };
}

// Marks tokens overlapping the character range [start, end) with B-/I-type.
function markChars(tags, starts, sentence, start, end, type) {
  let first = true;
  for (let i = 0; i < sentence.length; i++) {
    const s = starts[i], e = s + sentence[i].token.length;
    if (e <= start || s >= end || tags[i] !== 'O') continue;
    tags[i] = (first ? 'B-' : 'I-') + type;
    first = false;
  }
}

const compromiseTypes = [['people', 'PER'], ['places', 'LOC'], ['organizations', 'ORG']];

function tagCompromise(sentence, text, starts) {
  const tags = sentence.map(() => 'O');
  const doc = nlp(text);
  for (const [method, type] of compromiseTypes) {
    for (const m of doc[method]().json({ offset: true })) {
      const { start, length } = m.offset;
      markChars(tags, starts, sentence, start, start + length, type);
    }
  }
  return tags;
}

const wink = winkNLP(model);
const its = wink.its;
// wink-eng-lite-web-model's entity types are numeric/time/web ones (DATE, CARDINAL,
// URL, ...); none of them maps to PER/ORG/LOC/MISC, so all count as predictions of
// no CoNLL type: they are written as O.
const winkTypes = {};

function tagWink(sentence, text, starts) {
  const tags = sentence.map(() => 'O');
  const doc = wink.readDoc(text);
  const tokens = doc.tokens().out();
  const offsets = [];
  let cursor = 0;
  for (const t of tokens) {
    const at = text.indexOf(t, cursor);
    offsets.push(at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + t.length;
  }
  doc.entities().each((e) => {
    const type = winkTypes[e.out(its.type)];
    if (!type) return;
    const [a, b] = e.out(its.span);
    markChars(tags, starts, sentence, offsets[a], offsets[b] + tokens[b].length, type);
  });
  return tags;
}

const sentences = readSentences(conllPath);
const laid = sentences.map(layout);
const numTokens = sentences.reduce((n, s) => n + s.length, 0);
for (const [name, tagger] of [['compromise', tagCompromise], ['wink-nlp', tagWink]]) {
  const predicted = [];
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < sentences.length; i++) predicted.push(tagger(sentences[i], laid[i].text, laid[i].starts));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const lines = [];
  sentences.forEach((s, i) => {
    s.forEach((tok, j) => lines.push(`${tok.token} ${tok.gold} ${predicted[i][j]}`));
    lines.push('');
  });
  fs.writeFileSync(path.join(outDir, `${name}.conll`), lines.join('\n'));
  console.log(`${name}: ${numTokens} tokens in ${seconds.toFixed(2)} s wall (${Math.round(numTokens / seconds)} tokens/s), ` +
              `${cpuSeconds.toFixed(2)} s CPU (${Math.round(numTokens / cpuSeconds)} tokens/s per core)`);
}
