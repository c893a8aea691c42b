// The entity list the evaluation runs against: the dataset's rows, plus — as test-only entities — the entries
// of fixtures/entities.json that the dataset does not (yet) carry, so every `expect` has an entity to find.

/** @typedef {{ id: string, name: string, aliases: readonly string[], weakAliases: readonly string[], testOnly?: boolean }} EvalEntity */
/** @typedef {import('./load-fixtures.mjs').FixtureEntity} FixtureEntity */

/**
 * A loose key only for linking fixture entries to dataset rows ("Co., Ltd." vs "Co. Ltd"); expect→id mapping
 * tries exact strings first.
 * @param {string} name
 */
const looseKey = (name) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** @param {string} name */
const slugify = (name) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Fixture aliases that are bare upper-case acronyms (NTC, MOP, GENCO) become weak aliases, as in the dataset. */
const isAcronym = (/** @type {string} */ alias) => /^[A-Z][A-Z0-9]{1,7}$/.test(alias);

/** @param {EvalEntity} entity */
const namesOf = (entity) => [entity.name, ...entity.aliases, ...entity.weakAliases];

/**
 * @param {readonly EvalEntity[]} datasetEntities
 * @param {readonly FixtureEntity[]} fixtureEntities
 * @returns {{ entities: EvalEntity[], testOnly: EvalEntity[] }}
 */
export function buildEvalEntities(datasetEntities, fixtureEntities) {
  const datasetKeys = new Set(datasetEntities.flatMap((e) => namesOf(e).map(looseKey)));
  const testOnly = fixtureEntities
    .filter((f) => ![f.canonical, ...f.aliases].some((name) => datasetKeys.has(looseKey(name))))
    .map((f) => ({
      id: `eval-${slugify(f.canonical)}`,
      name: f.canonical,
      aliases: f.aliases.filter((a) => !isAcronym(a)),
      weakAliases: f.aliases.filter(isAcronym),
      testOnly: true,
    }));
  const entities = [
    ...datasetEntities.map((e) => ({
      id: e.id,
      name: e.name,
      aliases: e.aliases ?? [],
      weakAliases: e.weakAliases ?? [],
    })),
    ...testOnly,
  ];
  return { entities, testOnly };
}

/**
 * Maps each `expect` string to an entity id: an exact name/alias first, then the loose key.
 * @param {readonly EvalEntity[]} entities
 * @param {readonly FixtureEntity[]} fixtureEntities
 * @returns {(expect: string) => string | undefined}
 */
export function createExpectResolver(entities, fixtureEntities) {
  /** @type {Map<string, string>} */
  const exact = new Map();
  /** @type {Map<string, string>} */
  const loose = new Map();
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      if (!exact.has(name)) exact.set(name, entity.id);
      if (!loose.has(looseKey(name))) loose.set(looseKey(name), entity.id);
    }
  }
  // A fixture canonical the dataset spells differently still resolves through the fixture's own aliases.
  for (const f of fixtureEntities) {
    const id = [f.canonical, ...f.aliases]
      .map((name) => exact.get(name) ?? loose.get(looseKey(name)))
      .find((found) => found !== undefined);
    if (id !== undefined && !exact.has(f.canonical)) exact.set(f.canonical, id);
  }
  return (expect) => exact.get(expect) ?? loose.get(looseKey(expect));
}
