import type { ComponentChildren } from 'preact';
import { fetchEntity, type EntityDetail, type Relation, type Tenure } from '../api';
import {
  NotFound,
  Ar,
  CitationView,
  Citations,
  EntityLink,
  FactDates,
  Name,
  Status,
  Text,
  When,
  useLoad,
  type Lang,
} from '../components';
import { kindName, nameKind, t, typeName } from '../i18n';
import { KindIcon } from '../kind-styles';
import { useViewTitle } from '../page';
import { href } from '../router';
import { exportName } from '../export';
import { ExportButtons } from './export-buttons';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Kind-specific facts, each shown only when the entity has it. */
function TypedFacts({ entity, lang }: { entity: EntityDetail; lang: Lang }) {
  const rows: ComponentChildren[] = [];
  const add = (label: string, value: ComponentChildren | null | undefined | false) => {
    if (value)
      rows.push(
        <Fact key={label} label={label}>
          {value}
        </Fact>,
      );
  };
  add(lang === 'ar' ? 'التاريخ' : 'Date', entity.date && <When date={entity.date} lang={lang} />);
  add(
    t('institutionalised', lang),
    entity.institutionalisedIn && <When date={entity.institutionalisedIn} lang={lang} />,
  );
  add(lang === 'ar' ? 'افتُتحت' : 'Opened', entity.openedOn && <When date={entity.openedOn} lang={lang} />);
  add(
    lang === 'ar' ? 'النوع' : 'Type',
    (entity.eventType ?? entity.documentType) && typeName((entity.eventType ?? entity.documentType)!, lang),
  );
  add(lang === 'ar' ? 'الرقم' : 'Ordinal', entity.ordinal ? String(entity.ordinal) : null);
  add(lang === 'ar' ? 'الصيغة' : 'Mode', entity.mode && typeName(entity.mode, lang));
  add(lang === 'ar' ? 'الاختصارات' : 'Acronyms', entity.acronyms?.length ? entity.acronyms.join(', ') : null);
  const rhythm = entity.meetingRhythm ?? entity.recurrence;
  add(lang === 'ar' ? 'الإيقاع' : 'Rhythm', rhythm && <Text text={rhythm.description} lang={lang} />);
  for (const [label, labelAr, value] of [
    ['Role', 'الدور', entity.role],
    ['Composition', 'التكوين', entity.composition],
    ['Functions', 'المهام', entity.functions],
    ['Level', 'المستوى', entity.level],
    ['Chairs', 'الرئاسة', entity.chairs],
    ['Purpose', 'الغرض', entity.purpose],
    ['Horizon', 'المدى', entity.horizon],
    ['Scope', 'النطاق', entity.scope],
    ['Outcome', 'النتيجة', entity.outcome],
  ] as const) {
    add(lang === 'ar' ? labelAr : label, value && <Text text={value} lang={lang} />);
  }
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t('facts', lang)}</h2>
      <dl class="facts">{rows}</dl>
    </section>
  );
}

function Tenures({
  title,
  tenures,
  show,
  lang,
  at,
}: {
  title: string;
  tenures: Tenure[];
  show: 'person' | 'position';
  lang: Lang;
  at: string | null;
}) {
  return (
    <section aria-labelledby="tenures-title" class="tenures">
      <h2 id="tenures-title">
        {title}
        {at && (
          <span class="as-of-note">
            {' '}
            · {t('asOf', lang)} {at}
          </span>
        )}
      </h2>
      {tenures.length === 0 ? (
        <p class="empty" data-testid="no-holder">
          {/* A post has holders; a person holds offices. */}
          {t(show === 'person' ? 'noHolder' : 'noOffice', lang)}
        </p>
      ) : (
        <ul>
          {tenures.map((tenure) => (
            <li key={tenure.id} class="tenure" data-person={tenure.person.id}>
              <EntityLink entity={show === 'person' ? tenure.person : tenure.position} lang={lang} />{' '}
              <FactDates tenure={tenure} lang={lang} />
              {tenure.appointedBy && (
                <span>
                  {' '}
                  · {t('appointedBy', lang)} <EntityLink entity={tenure.appointedBy} lang={lang} />
                </span>
              )}
              {tenure.note && (
                <p class="note">
                  <Text text={tenure.note} lang={lang} />
                </p>
              )}
              <Citations citations={tenure.citations} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Statements of one fact that sources give differently (an appointment month, an end of office):
 * side by side, each with its rank, its dates and its quotes, so that the reader sees both
 * readings and which one answers.
 */
function Disagreement({ relations, lang }: { relations: Relation[]; lang: Lang }) {
  return (
    <li class="disagreement" data-testid="sources-disagree" data-other={relations[0].other.id}>
      <p class="disagree-title">
        <strong>{t('sourcesDisagree', lang)}</strong> · <EntityLink entity={relations[0].other} lang={lang} />
      </p>
      <p class="hint">{t('disagreeHint', lang)}</p>
      <div class="statements">
        {relations.map((relation) => (
          <div
            key={relation.id}
            class={`statement rank-${relation.rank.toLowerCase()}`}
            data-statement={relation.id}
            data-rank={relation.rank}
          >
            <p>
              <span class="rank-badge">{t(`rank${relation.rank}`, lang)}</span>{' '}
              <FactDates tenure={relation} lang={lang} />
            </p>
            {relation.rankReason && <p class="rank-reason">{relation.rankReason}</p>}
            {relation.citations.map((citation) => (
              <div key={citation.id} class="statement-source">
                <p class="source-title">
                  {t('source', lang)}: <Text text={citation.source?.title} lang={lang} />
                </p>
                <CitationView citation={citation} lang={lang} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </li>
  );
}

/** One relation: the other end, its dates, role, rhythm, note and citations. */
function RelationItem({ relation, lang }: { relation: Relation; lang: Lang }) {
  return (
    <li class="relation">
      <EntityLink entity={relation.other} lang={lang} /> <FactDates tenure={relation} lang={lang} />
      {relation.role && (
        <span>
          {' '}
          · <EntityLink entity={relation.role} lang={lang} />
        </span>
      )}
      {relation.recurrence && (
        <span class="rhythm">
          {' '}
          · <Text text={relation.recurrence.description} lang={lang} />
        </span>
      )}
      {relation.note && (
        <p class="note">
          <Text text={relation.note} lang={lang} />
        </p>
      )}
      <Citations citations={relation.citations} lang={lang} />
    </li>
  );
}

/** The relations of one group by the entity at their other end: several are statements that disagree. */
function byOther(relations: Relation[]): Relation[][] {
  const statements = new Map<string, Relation[]>();
  for (const relation of relations)
    statements.set(relation.other.id, [...(statements.get(relation.other.id) ?? []), relation]);
  return [...statements.values()];
}

/**
 * Relations grouped by type, each with its reading, the other end, its dates and its citations;
 * where several statements link the same two entities (sources that disagree), they are shown
 * side by side.
 */
function Relations({ entity, lang }: { entity: EntityDetail; lang: Lang }) {
  const groups = new Map<string, Relation[]>();
  for (const relation of entity.relations.nodes) {
    const key = `${relation.type}|${relation.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  return (
    <section aria-labelledby="relations-title">
      <h2 id="relations-title">
        {t('relations', lang)} ({entity.relations.totalCount})
      </h2>
      {[...groups].map(([key, relations]) => (
        <section key={key} class="relation-group" data-type={relations[0].type}>
          <h3>
            {lang === 'ar' ? <Ar>{relations[0].readingAr}</Ar> : relations[0].reading}{' '}
            <code class="type">{relations[0].type}</code>
          </h3>
          <ul>
            {byOther(relations).map((statements) =>
              statements.length > 1 ? (
                <Disagreement key={statements[0].id} relations={statements} lang={lang} />
              ) : (
                <RelationItem key={statements[0].id} relation={statements[0]} lang={lang} />
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Wikidata-like entity page: both names, aliases, description, typed facts, relations, all cited. */
export function EntityView({ id, at, lang }: { id: string; at: string | null; lang: Lang }) {
  const loaded = useLoad(() => fetchEntity(id, at), [id, at]);
  const found = loaded.state === 'done' ? loaded.value : null;
  useViewTitle(found ? (lang === 'ar' ? found.ar : found.en) : null, lang);
  if (loaded.state !== 'done') return <Status loaded={loaded} lang={lang} />;
  const entity = loaded.value;
  if (!entity) return <NotFound id={id} lang={lang} />;
  const enName = (
    <span lang="en" dir="ltr" class="name-en">
      {entity.en}
    </span>
  );
  const arName = (
    <span lang="ar" dir="rtl" class="name-ar">
      {entity.ar}
    </span>
  );
  const links = (
    <nav class="entity-actions" aria-label={`${t('views', lang)}: ${id}`}>
      <a href={href(`/graph/${encodeURIComponent(id)}`, { hops: 1 })}>{t('graph', lang)}</a>
      <a href={href(`/timeline/${encodeURIComponent(id)}`)}>{t('timeline', lang)}</a>
      <a href={href('/path', { from: id })}>{t('path', lang)}</a>
    </nav>
  );
  return (
    <article class="entity" data-entity={entity.id}>
      <header class="names">
        {/* Both names, the one in the reader's language as the heading. */}
        {lang === 'ar' ? (
          <>
            <h1>{arName}</h1>
            <p class="other-name" dir="ltr">
              {enName}
            </p>
          </>
        ) : (
          <>
            <h1>{enName}</h1>
            <p class="other-name" dir="rtl">
              {arName}
            </p>
          </>
        )}
        <p class="kind-line">
          <span class={`badge kind-${entity.kind.toLowerCase()}`}>
            <KindIcon kind={entity.kind} /> {kindName(entity.kind, lang)}
          </span>{' '}
          <code>{entity.id}</code>
        </p>
        {links}
      </header>
      <div class="descriptions">
        <p lang="en" dir="ltr">
          {entity.description.en}
        </p>
        <p lang="ar" dir="rtl" class="ar">
          {entity.description.ar}
        </p>
      </div>
      {entity.aliases.length > 0 && (
        <section aria-labelledby="aliases-title">
          <h2 id="aliases-title">{t('aliases', lang)}</h2>
          <ul class="aliases">
            {entity.aliases.map((alias) => (
              <li key={alias.lang + alias.text}>
                {alias.lang === 'AR' ? <Ar>{alias.text}</Ar> : <span lang="en">{alias.text}</span>}{' '}
                <span class="alias-kind">{nameKind(alias.kind, lang)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TypedFacts entity={entity} lang={lang} />
      {entity.holders && (
        <Tenures title={t('holders', lang)} tenures={entity.holders} show="person" lang={lang} at={at} />
      )}
      {entity.tenures && (
        <Tenures title={t('tenures', lang)} tenures={entity.tenures} show="position" lang={lang} at={at} />
      )}
      <Relations entity={entity} lang={lang} />
      <ExportButtons
        ids={[entity.id, ...new Set(entity.relations.nodes.map((relation) => relation.other.id))]}
        relations={entity.relations.nodes.map((relation) => relation.id)}
        types={[]}
        at={at}
        name={exportName([entity.id, 'relations', at])}
        lang={lang}
      />
      {entity.citations.length > 0 && (
        <section aria-labelledby="entity-citations-title">
          <h2 id="entity-citations-title">
            <Name entity={{ en: 'Attested by', ar: 'الشواهد' }} lang={lang} />
          </h2>
          <Citations citations={entity.citations} lang={lang} />
        </section>
      )}
    </article>
  );
}
