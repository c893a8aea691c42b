import { createMatcher, loadIndex, type Matcher } from '@nkscreen/core';
import matchIndex from '../generated/match-index.json';

let matcher: Matcher | null = null;

/** The matcher over the prebuilt index, parsed on first use so pages with nothing to read never pay for it. */
export function getMatcher(): Matcher {
  matcher ??= createMatcher(loadIndex(matchIndex.index));
  return matcher;
}
