import { BEYOND, quoteInContext, type QuoteWindow } from '../../../src/graph/citation.context';

/**
 * The window Neo4j cuts for a quote (cypher/graph/quote-windows.cypher), made here from a whole
 * text: chars + BEYOND code points on each side of the quote, fewer at the text's edges.
 */
function windowOf(text: string, quote: string, chars: number, occurrence = 0): QuoteWindow {
  const points = Array.from(text);
  const quotePoints = Array.from(quote);
  const starts = points
    .map((_, i) => i)
    .filter((i) => points.slice(i, i + quotePoints.length).join('') === quote);
  const start = starts[occurrence];
  const end = start + quotePoints.length;
  const from = Math.max(0, start - chars - BEYOND);
  return { from, start, end, text: points.slice(from, end + chars + BEYOND).join('') };
}

const context = (text: string, quote: string, chars: number) =>
  quoteInContext(windowOf(text, quote, chars), chars);

describe('a quote in its context', () => {
  const text = 'First sentence here. The quick brown fox jumps over the lazy dog. Last one!';

  it('keeps to the sentence of the quote when the reach goes past it', () => {
    expect(context(text, 'brown fox', 40)).toEqual({
      before: 'The quick ',
      quote: 'brown fox',
      after: ' jumps over the lazy dog.',
      start: 21,
      end: 65,
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it('stops at whole words where the reach ends inside the sentence, and says so', () => {
    // 8 code points before: "e quick " (the "e" of "The" is a part word); after: " jumps o".
    expect(context(text, 'brown fox', 8)).toEqual({
      before: 'quick ',
      quote: 'brown fox',
      after: ' jumps',
      start: 25,
      end: 46,
      truncatedBefore: true,
      truncatedAfter: true,
    });
  });

  it('keeps a reach that ends at a word boundary whole, and tells a sentence start past its spaces', () => {
    // 6 code points: "quick ", with a space beyond the reach: every word in reach is whole.
    expect(context(text, 'brown fox', 6)).toMatchObject({ before: 'quick ', truncatedBefore: true });
    // 7: " quick ", the "e" of "The" beyond: the reach starts at a word boundary too.
    expect(context(text, 'brown fox', 7)).toMatchObject({ before: 'quick ', truncatedBefore: true });
    // 10: "The quick ", beyond it a space and then the full stop of the sentence before.
    expect(context(text, 'brown fox', 10)).toMatchObject({
      before: 'The quick ',
      start: 21,
      truncatedBefore: false,
    });
  });

  it('gives nothing around the quote for a reach of 0, and says whether the sentence goes on', () => {
    expect(context(text, 'brown fox', 0)).toEqual({
      before: '',
      quote: 'brown fox',
      after: '',
      start: 31,
      end: 40,
      truncatedBefore: true,
      truncatedAfter: true,
    });
    expect(context(text, 'First', 0)).toMatchObject({ before: '', truncatedBefore: false });
    expect(context(text, 'Last one!', 0)).toMatchObject({ after: '', truncatedAfter: false });
  });

  it('shows nothing after a quote that ends its sentence, and nothing before one that starts it', () => {
    expect(context(text, 'the lazy dog.', 40)).toMatchObject({
      after: '',
      truncatedAfter: false,
      end: 65,
    });
    expect(context(text, 'The quick', 40)).toMatchObject({ before: '', truncatedBefore: false, start: 21 });
  });

  it('stops at the edges of the text', () => {
    expect(context(text, 'sentence', 100)).toMatchObject({
      before: 'First ',
      after: ' here.',
      start: 0,
      truncatedBefore: false,
    });
    expect(context(text, 'one', 100)).toMatchObject({ before: 'Last ', after: '!', end: 75 });
  });

  it('ends sentences at Arabic punctuation and line breaks, and leaves the outer whitespace out', () => {
    const arabic = 'ما الخبر؟ افتتحت المنظمة بعثة دائمة في عام 2013\nثم سطر آخر';
    expect(context(arabic, 'بعثة دائمة', 40)).toEqual({
      before: 'افتتحت المنظمة ',
      quote: 'بعثة دائمة',
      after: ' في عام 2013',
      start: 10,
      end: 47,
      truncatedBefore: false,
      truncatedAfter: false,
    });
  });

  it('counts code points, not UTF-16 units: characters outside the BMP count once', () => {
    const emoji = 'Start. 😀😀 one 😀 two 😀 three. End';
    // In code points "two" is at 16-19 (in UTF-16 units, at 20-23).
    expect(context(emoji, 'two', 6)).toEqual({
      before: 'one 😀 ',
      quote: 'two',
      after: ' 😀',
      start: 10,
      end: 21,
      truncatedBefore: true,
      truncatedAfter: true,
    });
    const found = context(emoji, 'two', 20);
    expect(found).toEqual({
      before: '😀😀 one 😀 ',
      quote: 'two',
      after: ' 😀 three.',
      start: 7,
      end: 28,
      truncatedBefore: false,
      truncatedAfter: false,
    });
    // The offsets index the text as code points: the context is exactly that span.
    expect(Array.from(emoji).slice(found.start, found.end).join('')).toBe(
      found.before + found.quote + found.after,
    );
  });
});
