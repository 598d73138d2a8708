// Readiness signals of the search page.
import type { Page } from 'playwright-core';

/** Waits until the search page has answered and shown its first page; returns the total it states. */
export async function waitForSearchAnswer(page: Page, timeout = 45_000): Promise<number> {
  const status = page.locator('[data-search-status] [data-total-hits][data-complete]');
  await status.waitFor({ timeout });
  return Number(await status.getAttribute('data-total-hits'));
}
