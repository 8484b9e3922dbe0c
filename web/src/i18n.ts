/** The explorer's own words in English and Arabic; entity names and facts come from the graph. */
const WORDS = {
  title: ['OIC knowledge graph', 'الرسم المعرفي لمنظمة التعاون الإسلامي'],
  search: ['Search', 'بحث'],
  searchPlaceholder: ['Search in Arabic or English…', 'ابحث بالعربية أو بالإنجليزية…'],
  asOf: ['As of', 'حتى تاريخ'],
  asOfHelp: [
    'A year, month or day: 2021, 2021-11, 2021-11-17',
    'سنة أو شهر أو يوم: 2021 أو 2021-11 أو 2021-11-17',
  ],
  allTime: ['All time', 'كل الأوقات'],
  apply: ['Apply', 'تطبيق'],
  clear: ['Clear', 'مسح'],
  language: ['Language', 'اللغة'],
  home: ['Home', 'الرئيسية'],
  graph: ['Graph', 'الرسم'],
  timeline: ['Timeline', 'الخط الزمني'],
  path: ['Path finder', 'البحث عن مسار'],
  sources: ['Sources', 'المصادر'],
  graphiql: ['GraphiQL (offline)', 'GraphiQL (دون اتصال)'],
  sandbox: ['Apollo Sandbox (online)', 'Apollo Sandbox (عبر الإنترنت)'],
  loading: ['Loading…', 'جارٍ التحميل…'],
  notFound: ['Not found', 'غير موجود'],
  noResults: ['No match.', 'لا نتائج.'],
  matched: ['matched', 'طابق'],
  exact: ['exact', 'مطابقة تامة'],
  approximate: ['approximate', 'مطابقة تقريبية'],
  aliases: ['Aliases', 'أسماء أخرى'],
  description: ['Description', 'الوصف'],
  facts: ['Facts', 'الحقائق'],
  relations: ['Relations', 'العلاقات'],
  citations: ['Citations', 'الاستشهادات'],
  holders: ['Holders', 'شاغلو المنصب'],
  tenures: ['Offices held', 'المناصب'],
  noHolder: ['No holder in office at this date.', 'لا أحد في المنصب في هذا التاريخ.'],
  appointed: ['appointed', 'عُيّن'],
  inOfficeFrom: ['in office from', 'في المنصب منذ'],
  until: ['until', 'حتى'],
  attested: ['attested', 'ثابت في'],
  former: ['former', 'سابق'],
  appointedBy: ['appointed by', 'عيّنه'],
  openSource: ['Open in the source', 'فتح في المصدر'],
  hops: ['Hops', 'القفزات'],
  relationTypes: ['Relation types', 'أنواع العلاقات'],
  expand: ['Expand', 'توسيع'],
  open: ['Open', 'فتح'],
  nodes: ['Entities on screen', 'الكيانات المعروضة'],
  truncated: ['Some relations were left out (too many).', 'أُغفلت بعض العلاقات لكثرتها.'],
  download: ['Download', 'تنزيل'],
  from: ['From', 'من'],
  to: ['To', 'إلى'],
  find: ['Find path', 'ابحث عن المسار'],
  noPath: ['No path within this many hops.', 'لا مسار ضمن هذا العدد من القفزات.'],
  steps: ['Steps', 'الخطوات'],
  recurring: ['Recurring', 'متكرر'],
  undated: ['Undated', 'غير مؤرخ'],
  rhythmNoDates: ['a rhythm, not dates', 'إيقاع وليس تواريخ'],
  entries: ['Entries, in date order', 'المدخلات بترتيب التاريخ'],
  key: ['API key', 'مفتاح الواجهة'],
  keyNeeded: ['This server needs an API key to read.', 'يتطلب هذا الخادم مفتاحًا للقراءة.'],
  save: ['Save', 'حفظ'],
  citedSpans: ['cited passages', 'مقاطع مستشهد بها'],
  supports: ['supports', 'يدعم'],
  indexing: ['Finding every cited passage…', 'جارٍ البحث عن المقاطع المستشهد بها…'],
  source: ['Source', 'المصدر'],
  views: ['Views', 'طرق العرض'],
  institutionalised: ['institutionalised', 'أُضفي عليها الطابع المؤسسي'],
  renderTime: ['Render time', 'زمن الرسم'],
  notBefore: ['after', 'بعد'],
  notAfter: ['before', 'قبل'],
} as const;

export type Word = keyof typeof WORDS;

export function t(word: Word, lang: 'en' | 'ar'): string {
  return WORDS[word][lang === 'ar' ? 1 : 0];
}

const NAME_KINDS: Record<string, [string, string]> = {
  NAME: ['name', 'الاسم'],
  ACRONYM: ['acronym', 'اختصار'],
  OTHER_NAME: ['other name', 'اسم آخر'],
  FORMER_NAME: ['former name', 'اسم سابق'],
  RELATED_TERM: ['related term', 'مصطلح ذو صلة'],
  FULL_NAME: ['full name', 'الاسم الكامل'],
  SHORT_NAME: ['short name', 'اسم مختصر'],
  VARIANT: ['variant', 'صيغة أخرى'],
};

/** What a name is (an alias kind, or NAME), in words. */
export function nameKind(kind: string, lang: 'en' | 'ar'): string {
  return (NAME_KINDS[kind] ?? [kind, kind])[lang === 'ar' ? 1 : 0];
}
