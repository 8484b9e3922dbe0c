/**
 * Counts the comments of a GraphQL document (a `#` outside a string, to the end of its line), up
 * to one past `stopAfter`, in one pass over the text. graphql-js's token limit does not count
 * comments, yet its parser keeps each one as a token in the document's chain (about 100 bytes):
 * a megabyte of `#` lines became 33 MB of memory per document, cached or not. The HTTP layer
 * refuses a document with more comments than the token limit before it is parsed.
 */
export function countComments(text: string, stopAfter: number): number {
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      count += 1;
      if (count > stopAfter) return count;
      i = lineEnd(text, i + 1);
    } else if (c === QUOTE) {
      i = text.startsWith('"""', i) ? blockStringEnd(text, i + 3) : stringEnd(text, i + 1);
    } else {
      i += 1;
    }
  }
  return count;
}

const HASH = 0x23;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i + 1;
    i += 1;
  }
  return i;
}

/** Past a "..." string: its closing quote, or the line's end, where graphql-js stops it too. */
function stringEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else if (c === LF || c === CR) return i;
    else i += 1;
  }
  return i;
}

/** Past a """...""" block string, whose only escape is \""". */
function blockStringEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const close = text.indexOf('"""', i);
    if (close === -1) return text.length;
    if (text.charCodeAt(close - 1) !== BACKSLASH) return close + 3;
    i = close + 3;
  }
}
