/** Mark the wording two passages share: characters inside a run of at least `min` characters found in both. */
import type { Run } from '../highlight.ts';

function covered(text: string, other: string, min: number): boolean[] {
  const marks = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i + min <= text.length; i++) {
    const piece = text.slice(i, i + min);
    if (/[\p{P}\s]/u.test(piece)) continue;
    if (other.includes(piece)) for (let k = i; k < i + min; k++) marks[k] = true;
  }
  return marks;
}

/** Runs of `text`, the shared ones with `match` set to the shared wording. */
export function sharedRuns(text: string, other: string, min = 3): Run[] {
  const marks = covered(text, other, min);
  const runs: Run[] = [];
  let at = 0;
  while (at < text.length) {
    let end = at;
    while (end < text.length && marks[end] === marks[at]) end++;
    const piece = text.slice(at, end);
    runs.push(marks[at] ? { text: piece, match: piece } : { text: piece });
    at = end;
  }
  return runs;
}
