import { MAX_SOURCE_CODE_POINTS, normaliseSourceText, quoteOffsets } from '../../../src/domain/source-text';

describe('how a source text is kept and a quote located in it', () => {
  it('keeps a text in NFC with LF line breaks and no byte-order mark, nothing else changed', () => {
    expect(normaliseSourceText('\uFEFFe\u0301 a\r\nb\rc  ')).toBe('\u00e9 a\nb\nc  ');
  });

  it('gives every occurrence in code points, overlapping ones included, once each', () => {
    expect(quoteOffsets('the envoy, the envoy', 'the envoy')).toEqual([0, 11]);
    expect(quoteOffsets('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(quoteOffsets('abc', 'abd')).toEqual([]);
    expect(quoteOffsets('abc', '')).toEqual([]);
    // A character outside the BMP is one code point (two UTF-16 units).
    expect(quoteOffsets('😀 سيموني 😀 سيموني', 'سيموني')).toEqual([2, 11]);
    expect(quoteOffsets('x😀y😀', '😀')).toEqual([1, 3]);
  });

  it('finds no quote that cuts a character in two', () => {
    expect(quoteOffsets('😀', '\uDE00')).toEqual([]);
    expect(quoteOffsets('😀', '\uD83D')).toEqual([]);
  });

  it('costs one pass however the text and the quote repeat themselves (capped source, capped quote)', () => {
    const quote = `${'a'.repeat(1000)}b${'a'.repeat(999)}`;
    const text = 'a'.repeat(MAX_SOURCE_CODE_POINTS);
    const started = performance.now();
    for (let round = 0; round < 4; round++) {
      expect(quoteOffsets(text, quote)).toEqual([]);
      expect(quoteOffsets(text, 'a'.repeat(2000))).toHaveLength(MAX_SOURCE_CODE_POINTS - 1999);
    }
    // One pass: 2 to 16 ms a round on a loaded machine; a search restarted from each occurrence
    // took about 480 ms a round (135 ms to miss the first quote, 346 ms to count the second).
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
