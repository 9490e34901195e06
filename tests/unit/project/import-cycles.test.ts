// No import circles in the extension's source: a module that imports something importing it back is
// initialised half-way (whichever of the two loads first sees the other's bindings before they exist),
// and the two can no longer be read, tested or bundled apart. A shared piece goes into a module of its
// own, or one side stops importing the other.
import { importCycles, importGraph } from './import-graph';

describe('import graph of utils/, components/, entrypoints/', () => {
  const graph = importGraph();

  it('is read (files and resolved imports, @/ paths included)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('components/overlay/order-details/order-panel.tsx')).toContain('components/overlay/feature.ts');
    expect(graph.get('components/overlay/host/services.ts')).toContain('utils/actions/send.ts');
  });

  it('has no import circle', () => {
    const circles = importCycles(graph).map((c) => [...c, c[0]].join(' → '));
    expect(circles).toEqual([]);
  });

  it('finds each circle once, a file importing itself included', () => {
    const g = new Map<string, string[]>([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ]);
    expect(importCycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });
});
