import { decodeEntity, decodeRelation } from '../../../src/graph/decode';

const stored = {
  id: 'islamic-summit-13',
  kind: 'EVENT',
  nameAr: 'القمة الثالثة عشر',
  nameEn: '13th Islamic Summit',
  descriptionAr: 'قمة',
  descriptionEn: 'A summit',
  aliasTexts: ['13th summit'],
  aliasLangs: ['en'],
  aliasKinds: ['SHORT_NAME'],
  aliasAttestations: ['RENDERING'],
  aliasCitationIds: ['s@10-20'],
  aliasCuratorNotesAr: [''],
  aliasCuratorNotesEn: [''],
  date: '2016-04',
  ordinal: 13,
  eventType: 'SUMMIT',
  // An attribute of another kind: not part of an event, so not decoded.
  horizon: 'ignored',
  origin: 'dataset',
};

describe('decoding what Neo4j stores', () => {
  it('decodes an entity into typed names, aliases, attributes and provenance', () => {
    expect(decodeEntity(stored)).toEqual({
      id: 'islamic-summit-13',
      kind: 'EVENT',
      name: { ar: 'القمة الثالثة عشر', en: '13th Islamic Summit' },
      description: { ar: 'قمة', en: 'A summit' },
      aliases: [
        {
          text: '13th summit',
          lang: 'en',
          kind: 'SHORT_NAME',
          attestation: 'RENDERING',
          curatorNote: null,
          citationId: 's@10-20',
        },
      ],
      attributes: {
        date: {
          year: 2016,
          month: 4,
          day: undefined,
          precision: 'MONTH',
          text: '2016-04',
          earliest: '2016-04-01',
          latest: '2016-04-30',
        },
        ordinal: 13,
        eventType: 'SUMMIT',
      },
      provenance: { origin: 'DATASET', addedBy: null, addedAt: null, curatedBy: null, curatedAt: null },
    });
  });

  it('refuses a stored value the vocabulary does not allow, naming the element', () => {
    expect(() => decodeEntity({ ...stored, kind: 'BOGUS' })).toThrow(
      /^stored kind of islamic-summit-13: expected one of ORGANIZATION, ORGAN, .*, received "BOGUS"$/,
    );
    expect(() => decodeEntity({ ...stored, eventType: 'PARTY' })).toThrow(
      /^stored eventType of islamic-summit-13: expected one of SUMMIT, .*, received "PARTY"$/,
    );
    expect(() => decodeEntity({ ...stored, ordinal: 1.5 })).toThrow(
      'stored ordinal of islamic-summit-13: expected a whole number, received 1.5',
    );
    expect(() => decodeEntity({ ...stored, nameEn: null })).toThrow(
      'stored name of islamic-summit-13: expected a string, received null',
    );
  });

  it('decodes a relation into typed qualifiers, with one name per time qualifier', () => {
    const relation = decodeRelation('HOLDS', {
      id: 'taha-holds-oic-secretary-general',
      appointedOn: '2020-11-28',
      inOfficeFrom: '2021-11-17',
      citationIds: ['s@1-2'],
      roleId: 'oic-secretary-general',
      noteAr: 'ملاحظة',
      noteEn: 'a note',
      origin: 'curator',
      addedBy: 'editor-1',
    });
    expect(relation.type).toBe('HOLDS');
    expect(relation.qualifiers.appointedOn?.text).toBe('2020-11-28');
    expect(relation.qualifiers.inOfficeFrom?.precision).toBe('DAY');
    expect(relation.qualifiers.inOfficeUntil).toBeUndefined();
    expect(relation.qualifiers).toMatchObject({
      former: false,
      roleId: 'oic-secretary-general',
      note: { ar: 'ملاحظة', en: 'a note' },
      recurrence: null,
      contextIds: [],
    });
    expect(relation.citationIds).toEqual(['s@1-2']);
    expect(relation.provenance).toMatchObject({ origin: 'CURATOR', addedBy: 'editor-1' });
    expect(() => decodeRelation('LIKES', { id: 'x' })).toThrow(/^stored type of x: expected one of ORGAN_OF/);
  });
});
