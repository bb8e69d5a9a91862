// A quick look at how deeply a text nests, before the YAML parser sees it. The parser is
// linear but slow per level (seconds for a file of nothing but '['), so blatant nesting is
// refused by this single pass; the exact check on the parsed syntax tree follows it.
//
// The count errs high (a '[' inside a plain scalar counts), never low, so it is used only
// with a generous limit.

export function roughNestingOverflow(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '' | "'" | '"' = '';
  let blockScalarIndent = -1; // while >= 0, lines indented deeper are block scalar content
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    let block = 0;
    if (flow === 0 && quote === '') {
      while (i < lineEnd && text[i] === ' ') i += 1;
      const indent = i - lineStart;
      const blank = i >= lineEnd || text[i] === '#' || text[i] === '\r';
      if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarIndent = -1;
      if (blank) {
        lineStart = lineEnd + 1;
        continue;
      }
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      block = indents.length;
      // Compact nesting on one line: "- - - x" or "? - x".
      while (i + 1 <= lineEnd && (text[i] === '-' || text[i] === '?') && (i + 1 === lineEnd || text[i + 1] === ' ')) {
        block += 1;
        if (block > limit) return i;
        i += 2;
        while (i < lineEnd && text[i] === ' ') i += 1;
      }
      if (block > limit) return i;
      if (/(?:^|[:\-?]\s+)[|>][0-9+-]*\s*(?:#.*)?\r?$/.test(text.slice(i, lineEnd))) {
        blockScalarIndent = indent;
      }
    }
    for (; i < lineEnd; i++) {
      const c = text[i];
      if (quote === "'") {
        if (c === "'") {
          if (text[i + 1] === "'") i += 1;
          else quote = '';
        }
        continue;
      }
      if (quote === '"') {
        if (c === '\\') i += 1;
        else if (c === '"') quote = '';
        continue;
      }
      const before = i === lineStart ? ' ' : text[i - 1]!;
      if (c === '#' && (before === ' ' || before === '\t')) break;
      if ((c === "'" || c === '"') && ' \t[{,:-?'.includes(before)) quote = c;
      else if (c === '[' || c === '{') {
        flow += 1;
        if (block + flow > limit) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow -= 1;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
