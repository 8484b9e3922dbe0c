import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../components';
import { t } from '../i18n';
import { KIND_STYLES } from '../kind-styles';
import { GraphCanvas } from './graph-canvas';

/** A deterministic pseudo-random sequence, so that every run draws the same graph. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * A generated graph of n entities and about 1.5 n relations (a tree plus random cross links),
 * drawn by the explorer's own graph component: how long the first frame takes at that size.
 */
export function BenchView({ nodes: count, lang }: { nodes: number; lang: Lang }) {
  const [ms, setMs] = useState<number | null>(null);
  const { nodes, edges } = useMemo(() => {
    const next = random(42);
    const kinds = Object.keys(KIND_STYLES);
    const nodes = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      label: `Entity ${i}`,
      kind: kinds[i % kinds.length],
    }));
    const edges = [];
    for (let i = 1; i < count; i++)
      edges.push({ id: `t${i}`, source: `n${Math.floor(next() * i)}`, target: `n${i}`, label: 'relates to' });
    for (let i = 0; i < Math.floor(count / 2); i++) {
      const a = Math.floor(next() * count);
      const b = Math.floor(next() * count);
      if (a !== b) edges.push({ id: `x${i}`, source: `n${a}`, target: `n${b}`, label: 'relates to' });
    }
    return { nodes, edges };
  }, [count]);
  return (
    <section aria-labelledby="bench-title">
      <h1 id="bench-title">
        {count} / {edges.length}
      </h1>
      <p role="status" data-testid="render-ms">
        {ms === null ? t('loading', lang) : `${t('renderTime', lang)}: ${ms.toFixed(0)} ms`}
      </p>
      <GraphCanvas
        nodes={nodes}
        edges={edges}
        rootId="n0"
        label={`Generated graph of ${count} nodes`}
        onRendered={setMs}
      />
    </section>
  );
}
