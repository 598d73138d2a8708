/**
 * Normalise Chinese plan text for matching: compatibility forms folded (NFKC: full-width digits,
 * ％, Ⅲ → III, ～ → ~), class ranges and Chinese class numerals written one way (三类 → III类,
 * Ⅰ—Ⅲ → I~III). Apply the same function to phrasings and to text so both meet in one form.
 */
const CLASS_NUMERALS: Record<string, string> = { 一: 'I', 二: 'II', 三: 'III', 四: 'IV', 五: 'V' };

export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFKC')
      // A water-quality class written with a Chinese numeral (三类水质, 劣五类) reads as the Roman one.
      .replace(/([一二三四五])类(?=水|断面|及|以上|或|标准)/g, (_, n: string) => `${CLASS_NUMERALS[n]}类`)
      .replace(/劣([四五])类/g, (_, n: string) => `劣${CLASS_NUMERALS[n]}类`)
      // Ranges of classes: I-III, I—III, I至III, I类~III类 → I~III.
      .replace(/\b(I{1,3}|IV|V)类?\s*[-—–~至到]\s*(I{1,3}|IV|V)(?=类)/g, '$1~$2')
  );
}
