/// <reference types="vite/client" />
/**
 * axe on every story in four modes: light and dark, left-to-right (English) and right-to-left (Arabic).
 *
 * Runs in the `a11y-modes` Vitest browser project (`npx vitest run --project=a11y-modes`). Every stories module is
 * composed with the project annotations of .storybook/preview.ts; the preview's decorator is the wrapper that sets
 * `lang`, `dir` and `color-scheme` from the toolbar globals, so the test sets those globals per mode (exactly what a
 * reviewer sees with the toolbar). Stories render one after another into one container on one page; after the
 * elements settle (updateComplete of every element, lazy map outline, stable DOM) axe-core checks the container
 * against the WCAG 2.0/2.1/2.2 A and AA rules, shadow roots included. Any violation fails with the rule, the
 * impact, and a selector path of every node.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStory } from 'storybook/preview-api';
import axe from 'axe-core';
import preview from '../../.storybook/preview.js';
import { loadOutline } from '../../src/map/outline.js';

type StoryModule = Record<string, unknown> & { default: Record<string, unknown> };
type A11yParameters = { config?: { rules?: { id: string; enabled: boolean }[] }; disable?: boolean };

const modules = import.meta.glob<StoryModule>('../../stories/*.stories.ts', { eager: true });
const project = setProjectAnnotations([preview]);

const MODES = [
  { name: 'en ltr light', locale: 'en', direction: 'ltr', theme: 'light' },
  { name: 'en ltr dark', locale: 'en', direction: 'ltr', theme: 'dark' },
  { name: 'ar rtl light', locale: 'ar', direction: 'rtl', theme: 'light' },
  { name: 'ar rtl dark', locale: 'ar', direction: 'rtl', theme: 'dark' },
] as const;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core tags). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const isExport = (name: string, meta: Record<string, unknown>) => {
  if (name === 'default' || name.startsWith('__')) return false;
  const { includeStories, excludeStories } = meta as { includeStories?: unknown; excludeStories?: unknown };
  const matches = (list: unknown) =>
    Array.isArray(list) ? list.includes(name) : list instanceof RegExp ? list.test(name) : false;
  if (includeStories !== undefined && !matches(includeStories)) return false;
  return !matches(excludeStories);
};

/** Every element (document and shadow roots, depth first). */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** A cheap fingerprint of the rendered tree: element count and text length, through shadow roots. */
function fingerprint(root: Element): string {
  let n = 0;
  let text = 0;
  let busy = 0;
  for (const el of deepElements(root)) {
    n++;
    if (el.getAttribute('aria-busy') === 'true') busy++;
    if (el.childElementCount === 0) text += el.textContent?.length ?? 0;
  }
  return `${n}/${text}/${busy}`;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until every Lit element reports updateComplete and the tree stays the same for three polls (max 6 s). */
async function settle(root: Element): Promise<void> {
  const deadline = performance.now() + 6000;
  let last = '';
  let stable = 0;
  while (performance.now() < deadline && stable < 3) {
    const pending = [...deepElements(root)]
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    await Promise.all(pending);
    await frame();
    await sleep(60);
    const now = fingerprint(root);
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

/** "pa-map › .controls > button:nth-child(1)"-like path of an axe node target (shadow hops joined with ›). */
const targetText = (target: axe.NodeResult['target']) =>
  target.map((t) => (Array.isArray(t) ? t.join(' › ') : String(t))).join(' | ');

function describeViolations(violations: axe.Result[]): string {
  return violations
    .map(
      (v) =>
        `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `      ${targetText(n.target)}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
          .join('\n') +
        (v.nodes.length > 8 ? `\n      …and ${v.nodes.length - 8} more nodes` : ''),
    )
    .join('\n');
}

let canvas: HTMLElement;
beforeAll(async () => {
  canvas = document.createElement('div');
  canvas.id = 'a11y-modes-canvas';
  document.body.append(canvas);
  document.documentElement.lang = 'en';
  // The world outline is a lazy chunk: load it once so map stories draw at their first render.
  await loadOutline('110m');
});
afterAll(() => canvas.remove());

for (const [path, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
  const meta = mod.default;
  const file = path.replace(/^.*\//, '');
  describe(file, () => {
    for (const [exportName, story] of Object.entries(mod)) {
      if (!isExport(exportName, meta)) continue;
      for (const mode of MODES) {
        it(`${exportName} · ${mode.name}`, async () => {
          const composed = composeStory(
            story as Parameters<typeof composeStory>[0],
            meta as Parameters<typeof composeStory>[1],
            { initialGlobals: { locale: mode.locale, direction: mode.direction, theme: mode.theme } },
            project,
            exportName,
          );
          const a11y = (composed.parameters['a11y'] ?? {}) as A11yParameters;
          if (a11y.disable) return;
          await composed.run({ canvasElement: canvas } as Parameters<typeof composed.run>[0]);
          await settle(canvas);

          // The wrapper really is in this mode (the decorator of .storybook/preview.ts).
          const wrapper = canvas.querySelector<HTMLElement>('[lang][dir]');
          expect(wrapper?.lang, 'story wrapper lang').toBe(mode.locale);
          expect(wrapper?.dir, 'story wrapper dir').toBe(mode.direction);
          expect(getComputedStyle(wrapper!).colorScheme).toBe(mode.theme);

          // Rules a story switches off (documented exceptions) stay off here too, as in the storybook project.
          const rules = Object.fromEntries((a11y.config?.rules ?? []).map((r) => [r.id, { enabled: r.enabled }]));
          const result = await axe.run(canvas, {
            runOnly: { type: 'tag', values: WCAG_TAGS },
            rules,
            resultTypes: ['violations'],
          });
          const message = `axe found ${result.violations.length} violation(s) in ${file} ${exportName} (${mode.name}):\n${describeViolations(result.violations)}`;
          expect(result.violations.length, message).toBe(0);
        });
      }
    }
  });
}
