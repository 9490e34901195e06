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

  it('readers do not reach the policy layer (detect → read → decide in one direction)', () => {
    // Every module a reader loads, transitively: none may be under utils/policy/ (the decide step lends the
    // messages reader its classifier instead, utils/policy MESSAGE_DECISIONS).
    const reached = new Set<string>();
    const todo = [...graph.keys()].filter((f) => f.startsWith('utils/pages/'));
    while (todo.length) {
      const f = todo.pop()!;
      if (reached.has(f)) continue;
      reached.add(f);
      todo.push(...(graph.get(f) ?? []));
    }
    expect([...reached].filter((f) => f.startsWith('utils/policy/'))).toEqual([]);
    expect(reached.has('utils/pages/messages.ts')).toBe(true);
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
