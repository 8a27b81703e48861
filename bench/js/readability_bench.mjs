// Readability.js (on linkedom) over a list of HTML files: the peer of `lede extract`
// in bench/extract/run.sh. Usage: node readability_bench.mjs LIST_FILE
// Prints "pages=N bytes=B empty=E errors=X seconds=S" for the files in LIST_FILE.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let bytes = 0, empty = 0, errors = 0, chars = 0;
const start = process.hrtime.bigint();
for (const file of files) {
  const html = readFileSync(file, "utf8");
  bytes += Buffer.byteLength(html);
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (!article || !article.textContent) empty++;
    else chars += article.textContent.length;
  } catch (e) {
    errors++;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`pages=${files.length} bytes=${bytes} empty=${empty} errors=${errors} seconds=${seconds.toFixed(3)}`);
