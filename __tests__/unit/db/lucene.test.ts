import {
  escapeLucene,
  exactQuery,
  fuzzyEdits,
  fuzzyOnlyQuery,
  strictQuery,
  wordsOf,
} from '../../../src/db/lucene';

describe("Lucene queries from analysts' text", () => {
  it('escapes every character Lucene gives meaning to', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases words so that AND, OR, NOT and TO are words, not operators', () => {
    expect(wordsOf('OIC AND NOT EU OR [a TO z]')).toEqual(['oic', 'and', 'not', 'eu', 'or', 'a', 'to', 'z']);
  });

  it('looks for the words as typed, any of them', () => {
    expect(strictQuery('EU Solana Mogherini')).toBe('eu solana mogherini');
    expect(strictQuery('!!!')).toBeNull();
  });

  it('guesses from four letters, two edits from eight, and only where no word is found as typed', () => {
    expect([fuzzyEdits('oic'), fuzzyEdits('طه'), fuzzyEdits('سولانا'), fuzzyEdits('mogherini')]).toEqual([
      0, 0, 1, 2,
    ]);
    expect(fuzzyOnlyQuery('EU Solana Mogherini')).toBe('+(solana~1 mogherini~2) -eu -solana -mogherini');
    expect(fuzzyOnlyQuery('EU OIC')).toBeNull();
    expect(fuzzyOnlyQuery('!!!')).toBeNull();
  });

  it('quotes the normalised name whole for the exact-name index', () => {
    expect(exactQuery('منظمه التعاون الاسلامي')).toBe('"منظمه التعاون الاسلامي"');
    expect(exactQuery('')).toBeNull();
  });
});
