/** Split Chinese text into sentences at full stops, question and exclamation marks, and semicolons. */

// A closing quote or bracket right after the stop belongs to the sentence it closes.
const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;]+[”’"'）)」』]*)?|[。！？；!?;]+[”’"'）)」』]*/g;

export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
