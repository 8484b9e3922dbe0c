/**
 * The spelling-tolerant key names are matched on. Arabic: the hamza forms of alef (أ إ آ ٱ)
 * become ا, taa marbuta ة becomes ه, alef maqsura ى becomes ي, and diacritics and tatweel go.
 * Latin: lower case, accents dropped. Digits become ASCII, punctuation becomes space.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '') // Arabic diacritics (harakat, dagger alef)
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627') // alef with hamza or madda
    .replace(/\u0629/g, '\u0647') // taa marbuta
    .replace(/\u0649/g, '\u064A') // alef maqsura
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)) // Arabic-Indic digits
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)) // Persian digits
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
