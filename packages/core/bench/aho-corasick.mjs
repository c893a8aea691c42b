// A textbook Aho–Corasick automaton over UTF-16 code units, as the exact-substring floor of the cold benchmark.
// modern-ahocorasick 3.3 was the first choice, but on the real page corpus its search ran for minutes on 0.16 MB
// (16 KB chunks: about 2 s/MB), so it measured that library, not the algorithm. Goto edges live in one Map per
// state; failure links are computed breadth-first; every state carries the count of patterns ending there.

/** @param {readonly string[]} patterns */
export function createAhoCorasick(patterns) {
  /** @type {Map<number, number>[]} */
  const edges = [new Map()];
  const fail = [0];
  const outputs = [0];
  for (const pattern of patterns) {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = edges[state].get(code);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        fail.push(0);
        outputs.push(0);
        edges[state].set(code, next);
      }
      state = next;
    }
    outputs[state]++;
  }
  const queue = [...edges[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [code, next] of edges[state]) {
      let f = fail[state];
      while (f !== 0 && !edges[f].has(code)) f = fail[f];
      const target = edges[f].get(code);
      fail[next] = target !== undefined && target !== next ? target : 0;
      outputs[next] += outputs[fail[next]];
      queue.push(next);
    }
  }
  return {
    /** Number of pattern occurrences in `text` (overlapping ones included). @param {string} text */
    count(text) {
      let state = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = edges[state].get(code);
        while (next === undefined && state !== 0) {
          state = fail[state];
          next = edges[state].get(code);
        }
        state = next ?? 0;
        found += outputs[state];
      }
      return found;
    },
  };
}
