// `npm run bench:cold -w @nkscreen/core`: the matcher's cold paths at growing index sizes, against floors and
// baselines measured in the same run. Every size gets a fresh matcher; every name query and every page is used
// once per matcher, so no cache of an earlier call is timed. Prints a table, ratios and growth exponents; asserts
// nothing. Index sizes are the real dataset plus real, unlisted company names as extra entities (committed
// name lists from npm packages; with ../shared present, Chinese short names and Korean DART names too). With
// NKSCREEN_OFAC_DIR naming an OFAC SDN CSV snapshot (as for eval:world), the whole SDN list is one more row: a real
// sanctions alias list as the index.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import fuzzysort from 'fuzzysort';
import { createAhoCorasick } from './aho-corasick.mjs';
import { toEvalEntities } from '../eval/lib/eval-systems.mjs';
import { readSdnList } from '../eval/lib/sdn-list.mjs';
import { formatTable } from '../eval/lib/format-table.mjs';
import { median } from './stats.mjs';
import { createRandom } from './prng.mjs';

const SEED = 20261205;
// `-- --sizes 72,1000` measures fewer sizes.
const SIZES = (
  parseArgs({ options: { sizes: { type: 'string' } } }).values.sizes ?? '72,1000,5000,20000,100000'
)
  .split(',')
  .map(Number);
const QUERIES = 2000;
const ROUNDS = 5;
/** Loading is cheap and its median of three moved by a third between quiet runs: it gets more fresh loads. */
const LOAD_ROUNDS = 9;
const WARM_NAMES = 5000;
const WARM_ROUNDS = 4;
const FUSE_BUDGET_MS = 3000;
// A slow path is sampled, not waited out: timing stops after this long and the rate is what was done by then.
const BUDGET_MS = 5000;
const SCAN_CHUNK_CHARS = 16 * 1024;
const TARGETS = { scanMsPerMb: 50, scanExponent: 0.2, namesPerSecond: 20000, loadMs: 20 };
const shared = new URL('../../../../shared/', import.meta.url);

const core = await import('../dist/index.js').catch((error) => {
  console.error('Build first: npm run build -w @nkscreen/core');
  throw error;
});
const dataset = await import('@nkscreen/dataset');
const listed = toEvalEntities(dataset.entities);

/** Real company names nobody listed: the committed npm lists, and the shared lists when they are here. */
function loadNamePool() {
  const read = (url) =>
    readFileSync(url, 'utf8')
      .split('\n')
      .map((line) => line.trim());
  const names = [
    ...read(new URL('../eval/fixtures/npm-names/name-suggestion-index.txt', import.meta.url)),
    ...read(new URL('../eval/fixtures/npm-names/cspell-dict-companies.txt', import.meta.url)),
  ];
  const sources = ['name-suggestion-index', '@cspell/dict-companies'];
  if (existsSync(new URL('data/cn-company-short-forms.txt', shared))) {
    for (const name of read(new URL('data/cn-company-short-forms.txt', shared))) names.push(name);
    sources.push('cn-company-short-forms');
  }
  if (existsSync(new URL('data/kr-dart-corpcode-listed.xml', shared))) {
    const xml = readFileSync(new URL('data/kr-dart-corpcode-listed.xml', shared), 'utf8');
    for (const m of xml.matchAll(/<corp_name>([^<]+)<\/corp_name>/g)) names.push(m[1].trim());
    sources.push('DART');
  }
  // compileIndex refuses a name with nothing to match on (no letters or digits left after normalising).
  const unique = [...new Set(names)].filter(
    (name) => name.length >= 3 && !name.startsWith('#') && core.normalizeName(name) !== '',
  );
  const random = createRandom(SEED);
  // Fisher–Yates with the seeded generator: the same split into index names and query names every run.
  for (let i = unique.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [unique[i], unique[j]] = [unique[j], unique[i]];
  }
  return { names: unique, sources };
}

/** Visible-ish text of the real marketplace pages (tags, scripts and styles dropped), about 1 MB or more. */
function loadPageCorpus() {
  const folder = new URL('pages/', shared);
  if (!existsSync(folder)) return null;
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.html') && !name.includes('utf16'))
    .map((name) =>
      readFileSync(new URL(name, folder), 'utf8')
        .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z#0-9]+;/gi, ' ')
        .replace(/\s+/g, ' '),
    );
  return texts.join('\n');
}

/** The whole OFAC SDN list from the folder in NKSCREEN_OFAC_DIR (as eval:world reads it), or null. */
function loadSanctionsList() {
  const dir = process.env.NKSCREEN_OFAC_DIR;
  if (!dir) return null;
  const { entities, names } = readSdnList(dir, core.normalizeName);
  return {
    entities,
    label: `OFAC SDN (${entities.length.toLocaleString('en-US')}; ${names.toLocaleString('en-US')} names)`,
  };
}

const { names: pool, sources } = loadNamePool();
const corpus = loadPageCorpus();
if (!corpus) console.log('(no ../shared/pages here: scanText rows are skipped)');
if (!process.env.NKSCREEN_OFAC_DIR)
  console.log(
    '(NKSCREEN_OFAC_DIR not set: the OFAC SDN row is skipped; see eval/fixtures/README.md)',
  );
const corpusMb = corpus ? Buffer.byteLength(corpus, 'utf8') / (1024 * 1024) : 0;
// Distinct query names for each size: never in that size's index, never asked twice of one matcher.
const queries = pool.slice(-QUERIES);
const fillers = pool.slice(0, pool.length - QUERIES);
const sizes = SIZES.filter((size) => size <= listed.length + fillers.length);

console.log(
  `nkscreen cold benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(2)}\n` +
    `index = ${listed.length} dataset entities + real unlisted names (${sources.join(', ')}; ${pool.length.toLocaleString('en-US')} names); ` +
    `${QUERIES} unseen queries per size; page corpus ${corpus ? `${corpusMb.toFixed(2)} MB from ../shared/pages` : 'none'}; median of ${ROUNDS} fresh matchers (${LOAD_ROUNDS} for load + create); a path slower than ${BUDGET_MS / 1000} s is sampled\n`,
);

function buildEntities(size) {
  const extra = fillers.slice(0, Math.max(0, size - listed.length)).map((name, i) => ({
    id: `filler-${i}`,
    name,
    aliases: [],
    weakAliases: [],
  }));
  return [...listed, ...extra].slice(0, Math.max(size, listed.length));
}

/** Calls per second of `fn` over `items`, each once, stopping after `budgetMs` (the rate of the part done). */
function ratePerSecond(items, fn, budgetMs = BUDGET_MS) {
  const start = performance.now();
  let done = 0;
  for (const item of items) {
    fn(item);
    done++;
    if (performance.now() - start > budgetMs) break;
  }
  return (done / (performance.now() - start)) * 1000;
}

// The corpus in chunks of about SCAN_CHUNK_CHARS cut at a space, scanned in order until the budget runs out.
const corpusChunks = [];
for (let at = 0; corpus && at < corpus.length;) {
  const cut = corpus.indexOf(' ', at + SCAN_CHUNK_CHARS);
  const end = cut === -1 ? corpus.length : cut;
  corpusChunks.push(corpus.slice(at, end));
  at = end;
}

const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};

/** Times one index's cold paths and its floors and baselines: one row of the table. */
function measure(entities, label) {
  process.stderr.write(`  building ${label}…\n`);
  const serialized = core.serializeIndex(core.compileIndex(entities));
  const load = [];
  const names = [];
  const scan = [];
  for (let round = 0; round < LOAD_ROUNDS; round++)
    load.push(time(() => core.createMatcher(core.loadIndex(serialized))).ms);
  for (let round = 0; round < ROUNDS; round++) {
    const matcher = core.createMatcher(core.loadIndex(serialized));
    // Queries are upper-cased in odd rounds so that no round re-asks a string an earlier round's matcher saw.
    const asked = round % 2 ? queries.map((q) => q.toUpperCase()) : queries;
    names.push(ratePerSecond(asked, (q) => matcher.matchName(q)));
    if (corpus) {
      const fresh = core.createMatcher(core.loadIndex(serialized));
      scan.push(
        1000 /
          ratePerSecond(corpusChunks, (chunk) => fresh.scanText(chunk)) /
          (SCAN_CHUNK_CHARS / 2 ** 20),
      );
    }
  }
  // Floors, same run: normalise + exact Map lookup per name; split into words + Set lookup per word.
  const exact = new Map(entities.map((e) => [core.normalizeName(e.name), e.id]));
  const exactRate =
    (queries.length / time(() => queries.forEach((q) => exact.get(core.normalizeName(q)))).ms) *
    1000;
  const words = new Set(entities.flatMap((e) => e.name.toLowerCase().split(/\s+/)));
  const splitMs = corpus
    ? median(
        Array.from(
          { length: ROUNDS },
          () =>
            time(
              () =>
                corpus
                  .toLowerCase()
                  .split(/[\s\p{P}]+/u)
                  .filter((w) => words.has(w)).length,
            ).ms,
        ),
      )
    : 0;
  // Baselines: Aho–Corasick over every alias (exact substrings only); Fuse.js, uFuzzy and fuzzysort on names,
  // each sampled within a budget.
  const aliases = [
    ...new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((a) => a.toLowerCase())),
  ];
  const acBuild = time(() => createAhoCorasick(aliases));
  const acMsPerMb = corpus
    ? median(
        Array.from(
          { length: ROUNDS },
          () =>
            1000 /
            ratePerSecond(corpusChunks, (chunk) => acBuild.result.count(chunk.toLowerCase())) /
            (SCAN_CHUNK_CHARS / 2 ** 20),
        ),
      )
    : NaN;
  const fuse = new Fuse(entities, {
    keys: ['name', 'aliases'],
    threshold: 0.4,
    ignoreLocation: true,
  });
  let fused = 0;
  const fuseStart = performance.now();
  for (const q of queries) {
    fuse.search(q, { limit: 1 });
    fused++;
    if (performance.now() - fuseStart > FUSE_BUDGET_MS) break;
  }
  const fuseRate = (fused / (performance.now() - fuseStart)) * 1000;
  // uFuzzy (one typo per term, the closest it has to our tolerance) and fuzzysort over the same names and aliases.
  const haystack = entities.flatMap((e) => [e.name, ...e.aliases]);
  const uf = new uFuzzy({ intraMode: 1 });
  const uFuzzyRate = ratePerSecond(queries, (q) => uf.search(haystack, q, 0, 1000), FUSE_BUDGET_MS);
  const prepared = haystack.map((name) => fuzzysort.prepare(name));
  const fuzzysortRate = ratePerSecond(
    queries,
    (q) => fuzzysort.go(q, prepared, { limit: 1, threshold: 0.5 }),
    FUSE_BUDGET_MS,
  );
  process.stderr.write(`  measured ${label}\n`);
  return {
    label,
    size: entities.length,
    loadMs: median(load),
    namesPerSecond: median(names),
    exactRate,
    fuseRate,
    uFuzzyRate,
    fuzzysortRate,
    scanMsPerMb: corpus ? median(scan) : NaN,
    splitMsPerMb: corpus ? splitMs / corpusMb : NaN,
    acMsPerMb,
  };
}

/**
 * Runs the matcher's code before any row is timed. V8 needs several passes before scanText and matchName run
 * optimised code: timed on the first passes, the 5k row measured the compiler too (620–810 ms/MB with that row
 * alone, against ~370 once warm) and the growth exponent moved with it. The warm-up uses only names that no row
 * indexes or asks (the unused middle of the pool), as an index, as queries and written into sentences, so no timed
 * query or page is seen before its row; every row still gets fresh matchers.
 */
function warmUp() {
  const unused = fillers.slice(Math.max(...sizes), fillers.length);
  if (unused.length < 3 * WARM_NAMES) return 'skipped (too few unused names)';
  const entities = unused
    .slice(0, WARM_NAMES)
    .map((name, i) => ({ id: `warm-${i}`, name, aliases: [], weakAliases: [] }));
  const asked = unused.slice(WARM_NAMES, 2 * WARM_NAMES);
  const written = unused.slice(2 * WARM_NAMES, 3 * WARM_NAMES);
  const sentences = [];
  for (let i = 0; i + 1 < written.length; i += 2)
    sentences.push(`Orders from ${written[i]} shipped with ${written[i + 1]} last week.`);
  const text = sentences.join(' ');
  const serialized = core.serializeIndex(core.compileIndex([...listed, ...entities]));
  for (let round = 0; round < WARM_ROUNDS; round++) {
    const matcher = core.createMatcher(core.loadIndex(serialized));
    for (const name of asked) matcher.matchName(round % 2 ? name.toUpperCase() : name);
    for (let at = 0; at < text.length; at += SCAN_CHUNK_CHARS)
      matcher.scanText(text.slice(at, at + SCAN_CHUNK_CHARS));
  }
  return `${WARM_ROUNDS} passes over ${WARM_NAMES.toLocaleString('en-US')} unused names as an index, as queries and in ${(Buffer.byteLength(text) / 2 ** 20).toFixed(2)} MB of sentences`;
}
console.log(`JIT warm-up: ${warmUp()}\n`);

const rows = sizes.map((size) => {
  const entities = buildEntities(size);
  return measure(entities, entities.length.toLocaleString('en-US'));
});
// A real sanctions list as the whole index: its own mix of short, common-word and transliterated names.
const sanctions = loadSanctionsList();
const listRow = sanctions && measure(sanctions.entities, sanctions.label);

const fmt = (n, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';
console.log(
  formatTable(
    [
      'entities',
      'load+create ms',
      'matchName names/s',
      'exact Map names/s',
      '× floor',
      'Fuse.js names/s',
      'uFuzzy names/s',
      'fuzzysort names/s',
      'scanText ms/MB',
      'word-split ms/MB',
      'Aho–Corasick ms/MB',
      '× A–C',
    ],
    [...rows, ...(listRow ? [listRow] : [])].map((r) => [
      r.label,
      fmt(r.loadMs, 1),
      fmt(r.namesPerSecond),
      fmt(r.exactRate),
      `${fmt(r.exactRate / r.namesPerSecond, 1)}× slower`,
      fmt(r.fuseRate),
      fmt(r.uFuzzyRate),
      fmt(r.fuzzysortRate),
      fmt(r.scanMsPerMb, 1),
      fmt(r.splitMsPerMb, 1),
      fmt(r.acMsPerMb, 1),
      fmt(r.scanMsPerMb / r.acMsPerMb, 1),
    ]),
  ),
);

/** Log-log slope of `value` against index size between the 1k row and the largest: cost ∝ N^slope. */
function exponent(value) {
  const from = rows.find((r) => r.size >= 1000);
  const to = rows.at(-1);
  if (!from || !to || from === to) return NaN;
  return Math.log(value(to) / value(from)) / Math.log(to.size / from.size);
}
const scanExp = exponent((r) => r.scanMsPerMb);
const nameExp = exponent((r) => 1 / r.namesPerSecond);
const at = (size) => rows.find((r) => r.size === size);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log(`
growth (1k → ${fmt(rows.at(-1)?.size)} entities): scanText ms/MB ∝ N^${fmt(scanExp, 2)}, matchName time per name ∝ N^${fmt(nameExp, 2)}
targets (issue 15):
  scanText ≤ ${TARGETS.scanMsPerMb} ms/MB cold at 5k entities: ${fmt(at(5000)?.scanMsPerMb, 1)} — ${verdict(at(5000)?.scanMsPerMb <= TARGETS.scanMsPerMb)}
  scanText ms/MB growth ≤ N^${TARGETS.scanExponent}: N^${fmt(scanExp, 2)} — ${verdict(scanExp <= TARGETS.scanExponent)}
  matchName ≥ ${fmt(TARGETS.namesPerSecond)} names/s cold at 20k entities: ${fmt(at(20000)?.namesPerSecond)} — ${verdict(at(20000)?.namesPerSecond >= TARGETS.namesPerSecond)}
  loadIndex + createMatcher ≤ ${TARGETS.loadMs} ms at 5k entities: ${fmt(at(5000)?.loadMs, 1)} — ${verdict(at(5000)?.loadMs <= TARGETS.loadMs)}`);
