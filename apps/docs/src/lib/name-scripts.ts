/** The writing systems a listed name appears in; the explorer groups aliases by them. */
export type NameScript = 'Latin' | 'Korean' | 'Chinese' | 'Japanese' | 'Cyrillic' | 'Other';

const scriptTests: readonly [NameScript, RegExp][] = [
  ['Korean', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Latin', /\p{Script=Latin}/u],
];

/** BCP 47 language tags that let screen readers and fonts treat a name correctly. */
export const scriptLanguages: Record<NameScript, string | undefined> = {
  Latin: undefined,
  Korean: 'ko',
  Chinese: 'zh',
  Japanese: 'ja',
  Cyrillic: 'ru',
  Other: undefined,
};

/**
 * Names the script a name is written in. Hangul wins over Han because Korean names may mix both;
 * kana marks Japanese for the same reason.
 */
export function detectNameScript(name: string): NameScript {
  for (const [script, test] of scriptTests) if (test.test(name)) return script;
  return 'Other';
}

/** Groups names by script, keeping the order of first appearance inside and between groups. */
export function groupNamesByScript(
  names: readonly string[],
): { script: NameScript; names: string[] }[] {
  const groups = new Map<NameScript, string[]>();
  for (const name of names) {
    const script = detectNameScript(name);
    const group = groups.get(script);
    if (group) group.push(name);
    else groups.set(script, [name]);
  }
  return [...groups].map(([script, grouped]) => ({ script, names: grouped }));
}
