// Search snippets: the API marks matched terms with brackets ("... [election] ...",
// SQLite FTS5's snippet()). Parsed into parts so the page can render <mark>s without HTML.

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The snippet's parts; an unclosed '[' is kept as text. Empty parts are dropped. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text) parts.push({ text, match });
  };
  let at = 0;
  while (at < snippet.length) {
    const open = snippet.indexOf('[', at);
    const close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
    if (close < 0) break;
    push(snippet.slice(at, open), false);
    push(snippet.slice(open + 1, close), true);
    at = close + 1;
  }
  push(snippet.slice(at), false);
  return parts;
}
