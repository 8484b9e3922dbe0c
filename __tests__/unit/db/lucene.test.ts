import { escapeLucene, exactQuery, fuzzyQuery, wordsOf } from '../../../src/db/lucene';

describe("Lucene queries from analysts' text", () => {
  it('escapes every character Lucene gives meaning to', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases words so that AND, OR, NOT and TO are words, not operators', () => {
    expect(wordsOf('OIC AND NOT EU OR [a TO z]')).toEqual(['oic', 'and', 'not', 'eu', 'or', 'a', 'to', 'z']);
  });

  it('adds fuzzy terms from four letters, two edits from eight', () => {
    expect(fuzzyQuery('EU Solana Mogherini')).toBe('eu (solana^2 OR solana~1) (mogherini^2 OR mogherini~2)');
    expect(fuzzyQuery('!!!')).toBeNull();
  });

  it('quotes the normalised name whole for the exact-name index', () => {
    expect(exactQuery('منظمه التعاون الاسلامي')).toBe('"منظمه التعاون الاسلامي"');
    expect(exactQuery('')).toBeNull();
  });
});
