import type {
  DocumentType,
  EntityKind,
  EventType,
  MeetingMode,
  TimelineEntryKind,
} from './generated/graphql';

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
  skip: ['Skip to content', 'انتقل إلى المحتوى'],
  notADate: [
    'is not a date. Write a year (2021), a month (2021-11) or a day (2021-11-17).',
    'ليس تاريخًا. اكتب سنة (2021) أو شهرًا (2021-11) أو يومًا (2021-11-17).',
  ],
  stillShowing: ['The views still show what held as of', 'لا تزال طرق العرض تُظهر ما كان قائمًا حتى'],
  stillAllTime: ['The views still show all time.', 'لا تزال طرق العرض تُظهر كل الأوقات.'],
  readYear: [
    'a year, so the views show what held at any time in',
    'سنة، فتُظهر طرق العرض ما كان قائمًا في أي وقت من',
  ],
  readMonth: [
    'a month, so the views show what held at any time in',
    'شهر، فتُظهر طرق العرض ما كان قائمًا في أي وقت من',
  ],
  readDay: ['the views show what held on that day.', 'تُظهر طرق العرض ما كان قائمًا في ذلك اليوم.'],
  noOffice: ['Held no office at this date, by the source.', 'لم يشغل أي منصب في هذا التاريخ، بحسب المصدر.'],
  clear: ['Clear', 'مسح'],
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
  partial: ['partial', 'مطابقة جزئية'],
  fuzzy: ['fuzzy', 'تخمين تقريبي'],
  matchedInDescription: ['matched in the description', 'طابق في الوصف'],
  matchedInQuote: ['matched in a quote of the source', 'طابق في اقتباس من المصدر'],
  hitsShown: ['shown of', 'معروضة من'],
  moreHits: ['More results', 'مزيد من النتائج'],
  states: ['states', 'يثبت'],
  about: ['about', 'عن'],
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
  sourcesDisagree: ['Sources disagree', 'المصادر مختلفة'],
  disagreeHint: [
    'Each reading is kept as a statement of its own; answers use the preferred one.',
    'تُحفظ كل رواية بياناً مستقلاً؛ وتُبنى الإجابات على الرواية المفضّلة.',
  ],
  rankPREFERRED: ['preferred', 'مفضّلة'],
  rankNORMAL: ['normal', 'عادية'],
  rankDEPRECATED: ['deprecated', 'مهملة'],
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
  entityFieldHint: ['A name in English or Arabic, or an id', 'اسم بالعربية أو بالإنجليزية، أو معرّف'],
  noEntityNamed: ['No entity is named', 'لا كيان باسم'],
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
  publisher: ['Publisher', 'الناشر'],
  address: ['Address (URL)', 'العنوان (URL)'],
  retrieved: ['Retrieved', 'تاريخ الاسترجاع'],
  language: ['Language', 'اللغة'],
  length: ['Length', 'الطول'],
  codePoints: ['code points', 'محرفًا'],
  captureNote: ['About the capture', 'عن النسخة المحفوظة'],
  notRecorded: ['not recorded in the capture', 'غير مسجل في النسخة المحفوظة'],
  passage: ['The passage', 'المقطع'],
  previousPassage: ['Previous passage', 'المقطع السابق'],
  nextPassage: ['Next passage', 'المقطع التالي'],
  views: ['Views', 'طرق العرض'],
  institutionalised: ['institutionalised', 'أُضفي عليها الطابع المؤسسي'],
  renderTime: ['Render time', 'زمن الرسم'],
  notBefore: ['after', 'بعد'],
  entities: ['entities', 'كيانات'],
  relationsWord: ['relations', 'علاقات'],
  relationsOnScreen: ['Relations on screen', 'العلاقات المعروضة'],
  legend: ['Legend', 'دليل الرموز'],
  new: ['new', 'جديد'],
  expanded: ['Expanded', 'تم توسيع'],
  newEntities: ['new entities', 'كيانات جديدة'],
  newRelations: ['new relations', 'علاقات جديدة'],
  markedNew: ['marked with a dashed ring', 'مميزة بإطار متقطع'],
  selection: ['Selected entity', 'الكيان المحدد'],
  graphHelp: [
    'Click an entity, or focus the graph and use the arrow keys, to see its relations; double-click or press Enter to expand it. The lists below the graph say the same in text.',
    'انقر على كيان، أو ركّز على الرسم واستخدم مفاتيح الأسهم، لعرض علاقاته؛ انقر مرتين أو اضغط Enter لتوسيعه. القوائم أسفل الرسم تعرض المحتوى نفسه نصًا.',
  ],
  centreHere: ['Centre the graph here', 'توسيط الرسم هنا'],
  quote: ['quote', 'اقتباس'],
  notAfter: ['before', 'قبل'],
} as const;

export type Word = keyof typeof WORDS;

/**
 * The schema's values in words, in both languages. Typed by the generated client: a value the
 * schema adds fails the typecheck until it has its words here.
 */
const KINDS: Record<EntityKind, [string, string]> = {
  AGREEMENT: ['agreement', 'اتفاق'],
  COMMITTEE: ['committee', 'لجنة'],
  COUNTRY: ['country', 'دولة'],
  DOCUMENT: ['document', 'وثيقة'],
  EVENT: ['event', 'حدث'],
  MISSION: ['mission', 'بعثة'],
  ORGAN: ['organ', 'جهاز'],
  ORGANIZATION: ['organisation', 'منظمة'],
  PERSON: ['person', 'شخص'],
  PLACE: ['place', 'مكان'],
  POSITION: ['position', 'منصب'],
  TOPIC: ['topic', 'موضوع'],
};

const ENTRY_KINDS: Record<TimelineEntryKind, [string, string]> = {
  AGREEMENT: ['agreement', 'اتفاق'],
  APPOINTMENT: ['appointment', 'تعيين'],
  DOCUMENT: ['document', 'وثيقة'],
  EVENT: ['event', 'حدث'],
  FACT: ['fact', 'واقعة'],
  INSTITUTIONALISED: ['institutionalised', 'إضفاء الطابع المؤسسي'],
  IN_OFFICE: ['in office', 'في المنصب'],
  LEAVING_OFFICE: ['leaving office', 'مغادرة المنصب'],
  TAKING_OFFICE: ['taking office', 'تولي المنصب'],
};

const TYPES: Record<EventType | DocumentType | MeetingMode, [string, string]> = {
  CORRESPONDENCE: ['correspondence', 'مراسلات'],
  CRISIS: ['crisis', 'أزمة'],
  DIALOGUE: ['dialogue', 'حوار'],
  FORUM: ['forum', 'منتدى'],
  INITIATIVE: ['initiative', 'مبادرة'],
  MEETING: ['meeting', 'اجتماع'],
  MEETING_SERIES: ['meeting series', 'سلسلة اجتماعات'],
  MILESTONE: ['milestone', 'محطة بارزة'],
  SESSION: ['session', 'دورة'],
  SUMMIT: ['summit', 'قمة'],
  TALKS: ['talks', 'محادثات'],
  UPRISING: ['uprising', 'انتفاضة'],
  VISIT: ['visit', 'زيارة'],
  MEMORANDUM_OF_UNDERSTANDING: ['memorandum of understanding', 'مذكرة تفاهم'],
  PROGRAMME: ['programme', 'برنامج'],
  RESOLUTION: ['resolution', 'قرار'],
  IN_PERSON: ['in person', 'حضوري'],
  VIRTUAL: ['virtual', 'افتراضي'],
};

const pick = (words: [string, string] | undefined, fallback: string, lang: 'en' | 'ar') =>
  words ? words[lang === 'ar' ? 1 : 0] : fallback.toLowerCase().replace(/_/g, ' ');

/** An entity kind in words ("person", «شخص»). */
export const kindName = (kind: string, lang: 'en' | 'ar') => pick(KINDS[kind as EntityKind], kind, lang);
/** A timeline entry's kind in words. */
export const entryKindName = (kind: string, lang: 'en' | 'ar') =>
  pick(ENTRY_KINDS[kind as TimelineEntryKind], kind, lang);
/** An event type, document type or meeting mode in words. */
export const typeName = (type: string, lang: 'en' | 'ar') =>
  pick(TYPES[type as EventType | DocumentType | MeetingMode], type, lang);

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
