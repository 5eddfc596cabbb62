import { expect, test } from '@playwright/test';
import { waitInteractive } from './helpers.ts';

// The policy docs/contract.md promises hosts can send: no inline script, no inline style.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

for (const path of ['./', './?view=map&theme=dark', './embed-map.html', './embed-nhs.html', './embed-ransom.html', './embed-sources.html', './embed.html']) {
  test(`${path} runs under a strict Content-Security-Policy with no violation`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      await route.fulfill({ response, headers: isHtml ? { ...response.headers(), 'content-security-policy': POLICY } : response.headers() });
    });
    await page.goto(path);
    if (path !== './embed.html') {
      await waitInteractive(page);
      // Interact: hover and tap open tooltips whose position is set from script.
      const place = page.locator('[data-iso3="ESP"]').first();
      if (await place.count()) await place.hover();
    } else {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    if (path.includes('theme=dark')) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(violations).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
}
