import { CJK_PREFIXES, CJK_SUFFIXES } from './lexicon.js';
import { normalizeName } from './normalize.js';

/**
 * The distinctive core of an unspaced CJK name: legal forms and company words stripped from the end, country
 * prefixes from the start (延边银星网络科技有限公司 → 延边银星网络科技); the whole name when nothing is left.
 */
export function cjkCore(name: string): string {
  let core = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (core.length > suffix.length + 1 && core.endsWith(suffix)) {
        core = core.slice(0, -suffix.length);
        changed = true;
      }
    }
    for (const prefix of CJK_PREFIXES) {
      if (core.length > prefix.length + 1 && core.startsWith(prefix)) {
        core = core.slice(prefix.length);
        changed = true;
      }
    }
  }
  return core;
}

/** Whether a CJK word is only a company word, legal form or country prefix (회사, 총국, 조선): never a core. */
export function isCjkAffix(word: string): boolean {
  return CJK_SUFFIXES.includes(word) || CJK_PREFIXES.includes(word);
}

/** Country words that begin CJK names (조선 and 朝鲜 in DPRK usage, 고려, 中国): a place, not the name. */
const CJK_PLACE_PREFIXES: readonly string[] = ['朝鲜', '조선', '고려', '中国'];

/**
 * Whether the query is a CJK core alone whose listed name begins with a country word (新进 for 朝鮮新進貿易会社):
 * like a Latin word left alone after its place is dropped, it is often a common word (新进 is "newly
 * entered"), so it reaches review at most; the place, a company word or the context makes it a match.
 */
export function isCoreWithoutPlace(query: string, core: string, aliasText: string): boolean {
  if (query !== core) return false;
  const alias = normalizeName(aliasText).replace(/ /g, '');
  return CJK_PLACE_PREFIXES.some((prefix) => alias.startsWith(prefix));
}

/** Where a CJK alias core occurs inside a run of CJK text. */
export interface CjkHit {
  core: string;
  /** Offsets into the run's normalised text. */
  from: number;
  to: number;
}

/**
 * Finds every alias core inside an unspaced CJK run, longest at each position and without overlaps; `cores`
 * maps each core to its aliases, `starts`
 * holds the first two characters of every core, `maxLength` is the longest core.
 */
export function findCjkCores(
  run: string,
  cores: ReadonlyMap<string, readonly number[]>,
  starts: ReadonlySet<string>,
  maxLength: number,
): CjkHit[] {
  const hits: CjkHit[] = [];
  for (let from = 0; from < run.length;) {
    let best = 0;
    if (!starts.has(run.slice(from, from + 2))) {
      from++;
      continue;
    }
    const limit = Math.min(run.length, from + maxLength);
    for (let to = limit; to >= from + 2; to--) {
      if (cores.has(run.slice(from, to))) {
        best = to;
        break;
      }
    }
    if (best > 0) {
      hits.push({ core: run.slice(from, best), from, to: best });
      from = best;
    } else {
      from++;
    }
  }
  return hits;
}

/** Widens a core found in a CJK run over the legal forms and company words around it, for the mention's span. */
export function widenCjkHit(run: string, from: number, to: number): [number, number] {
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (run.startsWith(suffix, to)) {
        to += suffix.length;
        changed = true;
        break;
      }
    }
    for (const prefix of CJK_PREFIXES) {
      if (from >= prefix.length && run.startsWith(prefix, from - prefix.length)) {
        from -= prefix.length;
        changed = true;
        break;
      }
    }
  }
  return [from, to];
}
