import fs from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import type { CitationData, GraphFile } from '../src/domain/fact-data';
import { DATA_DIR, readDatasetFiles } from '../src/dataset/files';
import { findQuote, sliceSource } from '../src/dataset/quotes';

/**
 * npm run data:locate — a curator's aid: for every citation (of an entity, a relation, an alias
 * or a title) whose quote is not at its offsets,
 * finds the quote in the source and writes its offsets. A quote that occurs more than once is
 * placed at the occurrence nearest the offsets already given, or reported if none are.
 */
async function locate(): Promise<void> {
  const { sources } = readDatasetFiles();
  const source = sources[0];
  if (sources.length !== 1)
    throw new Error('locate-quotes handles one source; give each citation its offsets by hand');
  const graphDir = path.join(DATA_DIR, 'graph');
  let fixed = 0;
  const unresolved: string[] = [];
  for (const file of fs.readdirSync(graphDir).filter((name) => name.endsWith('.json'))) {
    const full = path.join(graphDir, file);
    const content = JSON.parse(fs.readFileSync(full, 'utf8')) as GraphFile;
    const place = (owner: string, given: CitationData): CitationData => {
      let citation = given;
      const length = Array.from(citation.quote).length;
      if (
        Number.isInteger(citation.start) &&
        sliceSource(source, citation.start, citation.start + length) === citation.quote
      ) {
        return { ...order(citation), end: citation.start + length };
      }
      let found = findQuote(source, citation.quote);
      if (found.length === 0) {
        // Sources hold no-break spaces and the like where a curator types a plain space: take
        // the source's own characters, so the quote stays verbatim.
        const verbatim = verbatimAcrossSpaces(source.text, citation.quote);
        if (verbatim !== undefined) {
          citation = { ...citation, quote: verbatim };
          found = findQuote(source, verbatim);
        }
      }
      const hint = Number.isInteger(citation.start) ? citation.start : undefined;
      if (found.length === 0 || (found.length > 1 && hint === undefined)) {
        unresolved.push(
          `${owner}: "${citation.quote}" ${found.length === 0 ? 'is not in the source' : `occurs ${found.length} times (${found.join(', ')}); set start near the one meant`}`,
        );
        return citation;
      }
      const start = found.reduce((best, s) =>
        Math.abs(s - (hint ?? s)) < Math.abs(best - (hint ?? best)) ? s : best,
      );
      fixed += 1;
      return { ...order(citation), start, end: start + length };
    };
    for (const entity of content.entities ?? []) {
      entity.citations = entity.citations.map((c) => place(entity.id, c));
      for (const alias of entity.aliases ?? [])
        if (alias.citation) alias.citation = place(`${entity.id} alias "${alias.text}"`, alias.citation);
    }
    for (const relation of content.relations ?? []) {
      relation.citations = relation.citations.map((c) => place(relation.id, c));
      const title = relation.qualifiers?.title;
      if (title) title.citation = place(`${relation.id} title`, title.citation);
    }
    const text = await format(JSON.stringify(content), { parser: 'json', filepath: full });
    // Invisible characters in quotes (no-break spaces, bidi marks) are written as escapes, so a
    // reviewer sees them.
    fs.writeFileSync(
      full,
      text.replace(
        /[\u00a0\u2000-\u200f\u202a-\u202f\u2060\ufeff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    );
  }
  process.stdout.write(`placed ${fixed} quotes\n`);
  if (unresolved.length > 0) {
    process.stderr.write(`${unresolved.join('\n')}\n`);
    process.exit(1);
  }
}

/** The source's text that equals the quote up to the kind of spaces, if there is exactly one. */
function verbatimAcrossSpaces(text: string, quote: string): string | undefined {
  const escaped = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const matches = text.match(new RegExp(escaped, 'gu')) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}

/** Keeps citations reading quote, start, end, supports, whatever order they were written in. */
function order(citation: CitationData): CitationData {
  const { source, quote, start, end, supports } = citation;
  return { ...(source ? { source } : {}), quote, start, end, ...(supports ? { supports } : {}) };
}

void locate();
