/** The bridge to content/method.json (version, licence, measured accuracy) and the build's version and date. */
import { execFileSync } from 'node:child_process';
import raw from '../../content/method.json';
import pkg from '../../package.json';
import { parseMethod, type Method } from '../lib/content/method.ts';

export const method: Method = parseMethod(raw);

/** The data set's version: the package version. */
export const DATA_VERSION: string = pkg.version;

/**
 * The build date, reproducible: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the day of the last commit, else the day the accuracy was measured.
 */
function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  } catch {
    // No git here (a tarball of the sources): fall through.
  }
  return method.accuracy.measured;
}

export const BUILD_DATE = buildDate();
