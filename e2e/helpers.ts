import type { Page } from '@playwright/test';

/** Collects page errors and console errors; `allow` lists expected messages (e.g. a planted 404). */
export function watchErrors(page: Page, allow: RegExp[] = []): string[] {
  const errors: string[] = [];
  const allowed = (text: string) => allow.some((re) => re.test(text));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !allowed(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

export const DATASET = '**/data/wannacry.json';

/** Waits until React has mounted or hydrated the graphic, and any section it renders from scratch has arrived. */
export async function waitInteractive(page: Page) {
  await page.locator('main.graphic[data-interactive]').waitFor();
  await page.locator('section[aria-busy="true"]').first().waitFor({ state: 'detached' });
}
