import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules behind "every control has an accessible name", plus ARIA that screen readers rely on. */
const RULES = [
  'button-name',
  'input-button-name',
  'label',
  'select-name',
  'link-name',
  'image-alt',
  'svg-img-alt',
  'aria-allowed-attr',
  'aria-required-attr',
  'aria-valid-attr',
  'aria-valid-attr-value',
  'aria-roles',
  'aria-dialog-name',
  'duplicate-id-aria',
];

/** Runs axe-core in the page (evaluated over the debugging protocol, so the page's CSP stays as it is). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (rules) => (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, { runOnly: { type: 'rule', values: rules } }),
    RULES,
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Text whose contrast with its background is below WCAG AA (axe-core's color-contrast rule), with the colours axe measured. */
export async function contrastViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; any: Array<{ message: string }> }> }> }> } }).axe.run(document, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.any.map((a) => a.message).join(' ')}`));
}
