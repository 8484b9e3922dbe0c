import { normaliseName } from '../../../src/domain/normalise';

describe('name normalisation', () => {
  it('folds the hamza forms of alef, taa marbuta and alef maqsura', () => {
    expect(normaliseName('منظمة المؤتمر الإسلامي')).toBe(normaliseName('منظمه المؤتمر الاسلامي'));
    expect(normaliseName('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normaliseName('مصطفى')).toBe('مصطفي');
  });

  it('drops diacritics and tatweel', () => {
    expect(normaliseName('أمينًا عامًا')).toBe('امينا عاما');
    expect(normaliseName('الإسـلامي')).toBe('الاسلامي');
  });

  it('lowercases Latin, drops accents and punctuation, and makes digits ASCII', () => {
    expect(normaliseName('Organisation of the Islamic Conférence')).toBe(
      'organisation of the islamic conference',
    );
    expect(normaliseName('HR/VP')).toBe('hr vp');
    expect(normaliseName('OIC-٢٠٢٥')).toBe('oic 2025');
  });
});
