// On a phone, filter changes made in the open drawer are announced from inside the drawer: the page behind a modal
// dialog is inert, and a live region there is not in the accessibility tree.
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, squash, until, SMALL } from './helpers.js';

type Node = { role?: string; name?: string; children?: Node[] };
const statuses = (node: Node, out: string[] = []): string[] => {
  if (node.role === 'status') out.push(squash((node.children ?? []).map((c) => c.name ?? '').join(' ')));
  for (const c of node.children ?? []) statuses(c, out);
  return out;
};

describe('pa-directory: announcements from the filter drawer', () => {
  it('a filter ticked in the open drawer is announced by a live region inside it', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<PaDirectory>(`<pa-directory style="display:block" src="${SMALL}"></pa-directory>`);
      await until(() => el.store.getState().status === 'ready', 'data loaded');
      const button = await until(() => deep<HTMLButtonElement>(el, '[part=filters-button]'), 'phone layout');
      button.click();
      await until(() => deep<HTMLDialogElement>(el, 'dialog.drawer[open]'), 'drawer open');
      // Opening the drawer changes nothing, and says nothing (it used to repeat the count).
      const status = await until(() => deep(el, 'dialog.drawer pa-result-count', '[role=status]'), 'its status');
      await new Promise((r) => setTimeout(r, 200));
      expect(squash(status.textContent), 'nothing said on opening').to.equal('');
      const japan = await until(
        () =>
          deepAll<HTMLLabelElement>(el, 'dialog.drawer pa-facet[facet=country]', 'label[part=item]').find((l) =>
            squash(l.textContent).startsWith('Japan'),
          ),
        'Japan in the drawer',
      );
      japan.querySelector('input')!.click();
      await until(() => el.store.getState().result?.total === 2, 'filtered');
      // The live regions a screen reader can hear now, and what they say (asked a few times: announcements follow
      // the update).
      let heard: string[] = [];
      for (let i = 0; i < 20 && !heard.some((s) => s.includes('2 partnerships match')); i++) {
        await new Promise((r) => setTimeout(r, 50));
        heard = statuses((await a11ySnapshot({})) as unknown as Node);
      }
      expect(
        heard.some((s) => /Japan/.test(s) && /2 partnerships match/.test(s)),
        JSON.stringify(heard),
      ).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the page behind the open drawer does not scroll, and scrolls again once it is closed', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<PaDirectory>(`<pa-directory style="display:block" src="${SMALL}"></pa-directory>`);
      await until(() => el.store.getState().status === 'ready', 'data loaded');
      const root = document.documentElement;
      expect(getComputedStyle(root).overflowY).to.equal('visible');
      const button = await until(() => deep<HTMLButtonElement>(el, '[part=filters-button]'), 'phone layout');
      button.click();
      const drawer = await until(() => deep<HTMLDialogElement>(el, 'dialog.drawer[open]'), 'drawer open');
      expect(getComputedStyle(root).overflowY, 'locked while the drawer is open').to.equal('hidden');
      drawer.querySelector<HTMLButtonElement>('.dialog-foot .primary')!.click();
      await until(() => !drawer.open, 'drawer closed');
      expect(getComputedStyle(root).overflowY, 'unlocked').to.equal('visible');
      // Escape closes it too (the dialog's own close), and unlocks as well.
      button.click();
      await until(() => drawer.open, 'drawer open again');
      drawer.dispatchEvent(new Event('cancel'));
      drawer.close();
      await until(() => getComputedStyle(root).overflowY === 'visible', 'unlocked after close()');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
