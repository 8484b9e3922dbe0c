import type { Random } from './random';

/**
 * Words the synthetic graph names things with, each in English and Arabic, so that every entity
 * has a name, aliases and a description in both languages, as the curated dataset does. Made-up
 * family, place and country names are built from syllables written in both scripts.
 */

export interface Pair {
  en: string;
  ar: string;
}

const pair = (en: string, ar: string): Pair => ({ en, ar });

export const FIRST_NAMES: Pair[] = [
  pair('Ahmad', 'أحمد'),
  pair('Mohammed', 'محمد'),
  pair('Fatima', 'فاطمة'),
  pair('Aisha', 'عائشة'),
  pair('Omar', 'عمر'),
  pair('Ali', 'علي'),
  pair('Hassan', 'حسن'),
  pair('Khadija', 'خديجة'),
  pair('Youssef', 'يوسف'),
  pair('Ibrahim', 'إبراهيم'),
  pair('Mariam', 'مريم'),
  pair('Khalid', 'خالد'),
  pair('Layla', 'ليلى'),
  pair('Nour', 'نور'),
  pair('Samir', 'سمير'),
  pair('Salma', 'سلمى'),
  pair('Tariq', 'طارق'),
  pair('Zainab', 'زينب'),
  pair('Karim', 'كريم'),
  pair('Amina', 'أمينة'),
  pair('Hamza', 'حمزة'),
  pair('Rania', 'رانيا'),
  pair('Mustafa', 'مصطفى'),
  pair('Huda', 'هدى'),
  pair('Bilal', 'بلال'),
  pair('Yasmin', 'ياسمين'),
  pair('Adel', 'عادل'),
  pair('Farah', 'فرح'),
  pair('Walid', 'وليد'),
  pair('Nabil', 'نبيل'),
  pair('Sara', 'سارة'),
  pair('Rashid', 'راشد'),
  pair('Jamal', 'جمال'),
  pair('Said', 'سعيد'),
  pair('Idris', 'إدريس'),
  pair('Samira', 'سميرة'),
  pair('Anwar', 'أنور'),
  pair('Faisal', 'فيصل'),
  pair('Ziad', 'زياد'),
  pair('Maha', 'مها'),
  pair('Abdullah', 'عبد الله'),
  pair('Josep', 'جوزيب'),
  pair('Federica', 'فيديريكا'),
  pair('Patrick', 'باتريك'),
  pair('Maria', 'ماريا'),
  pair('Pierre', 'بيير'),
  pair('Sophie', 'صوفي'),
  pair('Thomas', 'توماس'),
  pair('Elena', 'إيلينا'),
  pair('Marco', 'ماركو'),
];

const SYLLABLES: Pair[] = [
  pair('ka', 'كا'),
  pair('ra', 'را'),
  pair('ta', 'تا'),
  pair('ni', 'ني'),
  pair('ma', 'ما'),
  pair('su', 'سو'),
  pair('lo', 'لو'),
  pair('di', 'دي'),
  pair('ba', 'با'),
  pair('fa', 'فا'),
  pair('ha', 'ها'),
  pair('za', 'زا'),
  pair('mi', 'مي'),
  pair('no', 'نو'),
  pair('sa', 'سا'),
  pair('ri', 'ري'),
  pair('da', 'دا'),
  pair('na', 'نا'),
  pair('ja', 'جا'),
  pair('ku', 'كو'),
  pair('bu', 'بو'),
  pair('li', 'لي'),
  pair('wa', 'وا'),
  pair('ya', 'يا'),
];
const ENDINGS: Pair[] = [
  pair('', ''),
  pair('n', 'ن'),
  pair('r', 'ر'),
  pair('m', 'م'),
  pair('d', 'د'),
  pair('s', 'س'),
];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A made-up word written in both scripts: two or three syllables and an ending. */
export function coined(random: Random, ending: Pair = random.pick(ENDINGS)): Pair {
  const parts = Array.from({ length: random.between(2, 3) }, () => random.pick(SYLLABLES));
  return pair(
    capitalise(parts.map((p) => p.en).join('') + ending.en),
    parts.map((p) => p.ar).join('') + ending.ar,
  );
}

/** Areas of work: what organisations, posts, documents and events are about. */
export const DOMAINS: Pair[] = [
  pair('Development', 'التنمية'),
  pair('Education', 'التعليم'),
  pair('Trade', 'التجارة'),
  pair('Culture', 'الثقافة'),
  pair('Science and Technology', 'العلوم والتكنولوجيا'),
  pair('Health', 'الصحة'),
  pair('Water', 'المياه'),
  pair('Youth', 'الشباب'),
  pair('Women', 'المرأة'),
  pair('Agriculture', 'الزراعة'),
  pair('Energy', 'الطاقة'),
  pair('Human Rights', 'حقوق الإنسان'),
  pair('Humanitarian Affairs', 'الشؤون الإنسانية'),
  pair('Security', 'الأمن'),
  pair('Migration', 'الهجرة'),
  pair('Climate', 'المناخ'),
  pair('Finance', 'المال'),
  pair('Media', 'الإعلام'),
  pair('Transport', 'النقل'),
  pair('Tourism', 'السياحة'),
  pair('Counter-Terrorism', 'مكافحة الإرهاب'),
  pair('Peace', 'السلام'),
  pair('Food Security', 'الأمن الغذائي'),
  pair('Labour', 'العمل'),
  pair('Justice', 'العدالة'),
  pair('Digital Economy', 'الاقتصاد الرقمي'),
  pair('Heritage', 'التراث'),
  pair('Sport', 'الرياضة'),
  pair('Environment', 'البيئة'),
  pair('Statistics', 'الإحصاء'),
];

/** "for <domain>" in Arabic: the preposition li- fused with the article (للتنمية, لحقوق الإنسان). */
export const forAr = (domain: string): string =>
  domain.startsWith('ال') ? `لل${domain.slice(2)}` : `ل${domain}`;

/** Adjectives of organisations: English, Arabic masculine, Arabic feminine. */
export const REGIONS: Array<Pair & { arFeminine: string }> = [
  { en: 'Islamic', ar: 'الإسلامي', arFeminine: 'الإسلامية' },
  { en: 'Arab', ar: 'العربي', arFeminine: 'العربية' },
  { en: 'African', ar: 'الأفريقي', arFeminine: 'الأفريقية' },
  { en: 'Asian', ar: 'الآسيوي', arFeminine: 'الآسيوية' },
  { en: 'Gulf', ar: 'الخليجي', arFeminine: 'الخليجية' },
  { en: 'Mediterranean', ar: 'المتوسطي', arFeminine: 'المتوسطية' },
  { en: 'International', ar: 'الدولي', arFeminine: 'الدولية' },
  { en: 'Euro-Arab', ar: 'الأوروبي العربي', arFeminine: 'الأوروبية العربية' },
  { en: 'Maghreb', ar: 'المغاربي', arFeminine: 'المغاربية' },
  { en: 'Sahel', ar: 'الساحلي', arFeminine: 'الساحلية' },
  { en: 'Levantine', ar: 'المشرقي', arFeminine: 'المشرقية' },
  { en: 'Global', ar: 'العالمي', arFeminine: 'العالمية' },
];

/** Kinds of organisation, with the Arabic noun's gender (the adjective agrees with it). */
export const ORGANISATION_TYPES: Array<Pair & { feminine: boolean }> = [
  { en: 'Organisation', ar: 'المنظمة', feminine: true },
  { en: 'Fund', ar: 'الصندوق', feminine: false },
  { en: 'Centre', ar: 'المركز', feminine: false },
  { en: 'Institute', ar: 'المعهد', feminine: false },
  { en: 'Union', ar: 'الاتحاد', feminine: false },
  { en: 'Council', ar: 'المجلس', feminine: false },
  { en: 'Bank', ar: 'البنك', feminine: false },
  { en: 'Agency', ar: 'الوكالة', feminine: true },
  { en: 'League', ar: 'الرابطة', feminine: true },
  { en: 'Forum', ar: 'المنتدى', feminine: false },
  { en: 'Academy', ar: 'الأكاديمية', feminine: true },
  { en: 'Commission', ar: 'الهيئة', feminine: true },
];

export const ORGAN_TYPES: Pair[] = [
  pair('General Assembly', 'الجمعية العامة'),
  pair('Council of Ministers', 'مجلس الوزراء'),
  pair('Executive Board', 'المجلس التنفيذي'),
  pair('General Secretariat', 'الأمانة العامة'),
  pair('Summit', 'مؤتمر القمة'),
  pair('Standing Committee', 'اللجنة الدائمة'),
  pair('Court', 'المحكمة'),
  pair('Parliamentary Assembly', 'الجمعية البرلمانية'),
  pair('Advisory Council', 'المجلس الاستشاري'),
  pair('Board of Governors', 'مجلس المحافظين'),
];

export const COMMITTEE_TYPES: Pair[] = [
  pair('Committee', 'لجنة'),
  pair('Working Group', 'فريق عمل'),
  pair('Task Force', 'فرقة عمل'),
  pair('Expert Group', 'فريق خبراء'),
  pair('Steering Committee', 'لجنة توجيهية'),
];

export const MISSION_TYPES: Pair[] = [
  pair('Mission', 'البعثة'),
  pair('Permanent Mission', 'البعثة الدائمة'),
  pair('Delegation', 'الوفد'),
  pair('Office', 'المكتب'),
];

export const TITLES: Pair[] = [
  pair('Secretary-General', 'الأمين العام'),
  pair('Deputy Secretary-General', 'نائب الأمين العام'),
  pair('Special Envoy', 'المبعوث الخاص'),
  pair('Special Representative', 'الممثل الخاص'),
  pair('Ambassador', 'السفير'),
  pair('Director', 'المدير'),
  pair('Chair', 'الرئيس'),
  pair('Commissioner', 'المفوض'),
  pair('Head of Mission', 'رئيس البعثة'),
  pair('Adviser', 'المستشار'),
];

export const EVENT_WORDS: Record<string, Pair> = {
  SUMMIT: pair('Summit', 'قمة'),
  SESSION: pair('Session', 'دورة'),
  MEETING: pair('Meeting', 'اجتماع'),
  MEETING_SERIES: pair('Meetings', 'اجتماعات'),
  DIALOGUE: pair('Dialogue', 'حوار'),
  TALKS: pair('Talks', 'محادثات'),
  VISIT: pair('Visit', 'زيارة'),
  FORUM: pair('Forum', 'منتدى'),
  CORRESPONDENCE: pair('Exchange of letters', 'تبادل رسائل'),
  INITIATIVE: pair('Initiative', 'مبادرة'),
  MILESTONE: pair('Milestone', 'محطة'),
  CRISIS: pair('Crisis', 'أزمة'),
  UPRISING: pair('Uprising', 'انتفاضة'),
};

export const DOCUMENT_WORDS: Record<string, Pair> = {
  PROGRAMME: pair('Programme of Action', 'برنامج عمل'),
  RESOLUTION: pair('Resolution', 'قرار'),
  MEMORANDUM_OF_UNDERSTANDING: pair('Memorandum', 'مذكرة'),
};

/** Months as the curated source writes them (the Levantine names), which the validator reads. */
export const MONTHS_AR = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];

/** A partial date in Arabic words, precise enough to support the date it cites. */
export function dateInArabic(text: string): string {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined) return `عام ${year}`;
  const monthName = MONTHS_AR[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Initials of the significant words: "Islamic Fund for Development" is IFD. */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => !['for', 'of', 'and', 'the', 'on', 'to', 'in'].includes(word.toLowerCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
