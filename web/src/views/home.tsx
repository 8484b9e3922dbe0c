import type { Lang } from '../components';
import { t } from '../i18n';
import { useViewTitle } from '../page';
import { entityHref, href } from '../router';

/** Where to start: what each view is for, with a worked example of each. */
export function HomeView({ lang }: { lang: Lang }) {
  const ar = lang === 'ar';
  useViewTitle(t('home', lang), lang);
  return (
    <section class="home">
      <h1>{t('title', lang)}</h1>
      <p>
        {ar
          ? 'هيكل منظمة التعاون الإسلامي والعلاقات بين الاتحاد الأوروبي والمنظمة، وكل حقيقة موثقة بجملتها من المصدر.'
          : 'The structure of the Organisation of Islamic Cooperation and EU–OIC relations, every fact shown in its sentence of the source.'}
      </p>
      <ul class="starts">
        <li>
          <a href={entityHref('oic')}>{ar ? 'منظمة التعاون الإسلامي' : 'The OIC'}</a>:{' '}
          {ar
            ? 'صفحة كيان بأسمائه وحقائقه وعلاقاته'
            : 'an entity page: names, facts, relations and their quotes'}
        </li>
        <li>
          <a href={href('/graph/oic', { hops: 2 })}>{t('graph', lang)}</a>:{' '}
          {ar ? 'جوار المنظمة على قفزتين' : "the OIC's neighbourhood, two hops out"}
        </li>
        <li>
          <a href={href('/timeline/eu-oic-relations')}>{t('timeline', lang)}</a>:{' '}
          {ar
            ? 'ما جرى بين الاتحاد الأوروبي والمنظمة بالترتيب'
            : 'what happened between the EU and the OIC, in order'}
        </li>
        <li>
          <a href={href('/path', { from: 'patrick-simonnet', to: 'hissein-brahim-taha' })}>
            {t('path', lang)}
          </a>
          :{' '}
          {ar
            ? 'ما الذي يربط باتريك سيمونيه بحسين إبراهيم طه'
            : 'what connects Patrick Simonnet to Hissein Brahim Taha'}
        </li>
        <li>
          <a href={href('/entity/oic-secretary-general', {}, { at: '2021-06-01', lang })}>
            {ar ? 'الأمين العام في 2021-06-01' : 'The Secretary-General on 2021-06-01'}
          </a>
          : {ar ? 'التحكم «حتى تاريخ» يسري على كل طرق العرض' : 'the "as of" control applies to every view'}
        </li>
        <li>
          <a href={href('/source/eeas-oic-structure-eu-relations-ar')}>{t('source', lang)}</a>:{' '}
          {ar ? 'النص الكامل مع كل مقطع مستشهد به' : 'the whole source with every cited passage marked'}
        </li>
      </ul>
      <p>
        {ar ? 'للاستعلام بلغة GraphQL: ' : 'To write GraphQL: '}
        <a href="/graphiql" data-reload>
          {t('graphiql', lang)}
        </a>
        {' · '}
        <a href="/graphql" data-reload>
          {t('sandbox', lang)}
        </a>
      </p>
    </section>
  );
}
