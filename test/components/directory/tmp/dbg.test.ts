import { fixture } from '@open-wc/testing';
import '../../../../src/components/directory/define.js';
it('dbg', async () => {
  const w = await fixture<HTMLDivElement>(`<div><pa-directory src="/test/components/directory/small-dataset.txt"></pa-directory></div>`);
  const el = w.querySelector('pa-directory')!;
  await new Promise((r) => setTimeout(r, 1500));
  const s = el.store.getState();
  console.log(s.status, s.error, JSON.stringify(s.problems.slice(0, 5)), s.dataset?.partnerships.length, s.result?.total);
});
