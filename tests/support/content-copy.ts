/** A copy of the project's content and seeds to break, one change per test, checked by the one loader. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { ROOT, readContent } from '../../scripts/read-content.ts';

export function useContentCopy(prefix = 'atlas-content-') {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    /** A fresh copy; the previous one is removed after each test. */
    project(): string {
      dir = mkdtempSync(join(tmpdir(), prefix));
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
      return dir;
    },
    edit(root: string, file: string, change: (text: string) => string): void {
      writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    },
    /** Every problem the loader reports for the copy, as one line each. */
    messages(root: string): string[] {
      return readContent({ root }).problems.map((p) => p.message);
    },
  };
}
