/**
 * One normal form of plan text for matching, shared by figure extraction, theme tagging and the
 * search index. Each rule answers a spelling seen in real published texts (tests/fixtures/real-texts):
 * - compatibility forms folded (NFKC: full-width digits and ％, Ⅲ → III, ～ → ~, ＰＭ → PM);
 * - Traditional characters read as Simplified (OpenCC, Taiwan/Hong Kong → mainland): pages
 *   re-published by portals in 繁體 (空氣質量優良天數比率);
 * - pinyin glosses a conversion site inserted after characters (優(yōu)良) removed, and the few words a copy
 *   site spells in pinyin (历史zui好, 重dian) read as their characters;
 * - spaces beside Chinese characters removed (比 2015 年下降 15%: a PDF's or a page's spacing);
 * - Latin names in one case (pm2.5 → PM2.5), subscripts (PM_2.5) joined;
 * - concentration units spelled one way: μg/m3, ug/m3, μg/立方米, g/m3(微克每立方米), 微克每立方米, 微克/ 立方米 → 微克/立方米;
 * - 优良天数比 before its verb (优良天数比达98.9%) spelled 优良天数比例;
 * - water-quality classes with Chinese numerals read as Roman (三类 → III类, Ⅰ—Ⅲ → I~III, Ⅰ-Ⅲ水质 → I~III类水质).
 */
import { toSimplified } from './fold.ts';

const CLASS_NUMERALS: Record<string, string> = { 一: 'I', 二: 'II', 三: 'III', 四: 'IV', 五: 'V' };
const PINYIN_WORDS: Record<string, string> = { zui: '最', shou: '首', dian: '点', dain: '点', jing: '精', gao: '高' };
const PINYIN_GLOSS = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/g;

export function normaliseText(text: string): string {
  return (
    toSimplified(text.normalize('NFKC'))
      .replace(PINYIN_GLOSS, '')
      // Copy sites spell in pinyin the words advertising rules restrict (历史zui好, 重dian企业, 手shou次, jing准):
      // read as the characters. Only these syllables, and only between Chinese characters.
      .replace(/(?<=\p{Script=Han})(?:zui|shou|dian|dain|jing|gao)(?=\p{Script=Han})/gu, (m) => PINYIN_WORDS[m])
      // Spaces a page or a PDF conversion put inside Chinese text (比 2015 年下降 15%, I-III 类水体) carry no meaning.
      .replace(/[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \t\u3000]+/gu, '')
      .replace(/\bpm\s*_?\s*(2\.5|10)\b/gi, 'PM$1')
      .replace(/\bPM_(2\.5|10)/g, 'PM$1')
      .replace(/\b(vocs|cod)\b/gi, (m) => (m.toLowerCase() === 'vocs' ? 'VOCs' : 'COD'))
      // A stray "g/m3" glossed as 微克每立方米, and every other spelling of μg/m³ (微克/ 立方米 too).
      .replace(/微克\s*\/\s*立方米/g, '微克/立方米')
      .replace(/(?:[μµu]?g\/m[3³])\s*\(微克每立方米\)/g, '微克/立方米')
      .replace(/(?:[μµu]g\/m[3³]|微克每立方米|微克\/m[3³]|[μµu]g\/立方米)/g, '微克/立方米')
      // 优良天数比达98.9% (the share's 例 left out before its verb) is 优良天数比例; 优良天数比上年 stays a comparison.
      .replace(/优良天数比(?=[达为])/g, '优良天数比例')
      // 优、良天数 (a list of the two grades) is 优良天数.
      .replace(/优\s*[、,]\s*良(?=天数|率|比例)/g, '优良')
      // A water-quality class written with a Chinese numeral (三类水质, 劣五类) reads as the Roman one.
      .replace(/([一二三四五])类(?=水|断面|及|以上|或|标准)/g, (_, n: string) => `${CLASS_NUMERALS[n]}类`)
      .replace(/劣([四五])类/g, (_, n: string) => `劣${CLASS_NUMERALS[n]}类`)
      .replace(/优([二三])类/g, (_, n: string) => `优${CLASS_NUMERALS[n]}类`)
      // Ranges of classes: I-III, I—III, I至III, I类~III类 → I~III.
      .replace(/\b(I{1,3}|IV|V)类?\s*[-—–~至到]\s*(I{1,3}|IV|V)(?=类)/g, '$1~$2')
      // A range of classes written without 类 before what it qualifies (断面I-III水质达标率) is the same range.
      .replace(/\b(I{1,3}|IV|V)\s*[-—–~至到]\s*(I{1,3}|IV|V)(?=水质|水体|断面)/g, '$1~$2类')
  );
}
