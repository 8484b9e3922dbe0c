import {
  allWordsQuery,
  escapeLucene,
  exactQuery,
  fuzzyEdits,
  nearWordClause,
  noneOfQuery,
  phraseQuery,
  wordQuery,
  wordsOf,
} from '../../../src/db/lucene';

const word = (edits: number, ...forms: string[]) => ({ forms, edits });

describe("Lucene queries from analysts' text", () => {
  it('escapes every character Lucene gives meaning to', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases words so that AND, OR, NOT and TO are words, not operators', () => {
    expect(wordsOf('OIC AND NOT EU OR [a TO z]')).toEqual(['oic', 'and', 'not', 'eu', 'or', 'a', 'to', 'z']);
  });

  it('asks for a word in any of its forms, for every word, and for the words as a phrase', () => {
    const secretaryGeneral = [word(1, 'الأمين', 'امينا'), word(1, 'العام', 'عاما')];
    expect(wordQuery(word(0, 'eu'))).toBe('eu');
    expect(wordQuery(secretaryGeneral[0])).toBe('(الأمين امينا)');
    expect(allWordsQuery(secretaryGeneral)).toBe('+(الأمين امينا) +(العام عاما)');
    // The forms of one phrase go together: the definite phrase, then the indefinite one.
    expect(phraseQuery(secretaryGeneral)).toBe('"الأمين العام" "امينا عاما"');
    expect(phraseQuery([word(1, 'high'), word(2, 'representative')])).toBe('"high representative"');
    expect(phraseQuery([word(0, 'eu'), word(1, 'العام', 'عاما')])).toBe('"eu العام" "eu عاما"');
  });

  it('guesses from four letters, two edits from eight, and only where no word is found in any form', () => {
    expect([fuzzyEdits('oic'), fuzzyEdits('طه'), fuzzyEdits('سولانا'), fuzzyEdits('mogherini')]).toEqual([
      0, 0, 1, 2,
    ]);
    expect(nearWordClause(word(2, 'mogherini'))).toBe('mogherini~2');
    expect(noneOfQuery([word(0, 'eu'), word(1, 'العام', 'عاما')])).toBe('-eu -العام -عاما');
  });

  it('quotes the normalised name whole for the exact-name index', () => {
    expect(exactQuery('منظمه التعاون الاسلامي')).toBe('"منظمه التعاون الاسلامي"');
    expect(exactQuery('')).toBeNull();
  });
});
