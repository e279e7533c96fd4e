// A minimal suite that proves the harness: element definition and first render of 1,000 cards.
import type { BenchContext, BenchResult } from '../harness.js';
import { ms, nextPaint, table, time } from '../harness.js';
import '../../src/components/card/define.js';

export default async function run(_ctx: BenchContext): Promise<BenchResult> {
  const host = document.createElement('div');
  document.body.append(host);
  const elapsed = await time(async () => {
    for (let i = 0; i < 1000; i++) {
      const card = document.createElement('pa-card');
      card.partnership = {
        id: `p${i}`,
        title: { en: `Partnership ${i}` },
        partners: [],
        type: 'joint-research',
        fields: [],
        levels: [],
        status: 'active',
        languages: [],
        contacts: [],
        links: [],
        tags: [],
      };
      host.append(card);
    }
    await nextPaint();
  });
  host.remove();
  return {
    title: 'Harness check',
    markdown: `Proves the benchmark harness works end to end.\n\n${table(['what', 'time'], [['1,000 bare cards to first paint', ms(elapsed)]])}`,
  };
}
