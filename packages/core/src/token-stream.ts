import { CAPITAL, SCRIPT_MASK, SCRIPTS, tokenizeInto, UPPER, type Token } from './normalize.js';

/** Tokens of a long text as parallel arrays: one object per token only where the text is analysed. */
export interface TokenStream {
  texts: string[];
  starts: number[];
  ends: number[];
  flags: number[];
  cjk: Map<number, [number[], number[]]>;
}

/** Tokenises a long text into a {@link TokenStream}. */
export function streamTokens(text: string): TokenStream {
  const stream: TokenStream = { texts: [], starts: [], ends: [], flags: [], cjk: new Map() };
  tokenizeInto(text, (word, start, end, flags, starts, ends) => {
    if (starts) stream.cjk.set(stream.texts.length, [starts, ends!]);
    stream.texts.push(word);
    stream.starts.push(start);
    stream.ends.push(end);
    stream.flags.push(flags);
  });
  return stream;
}

/** The token at a position of a stream, as an object. */
export function tokenAt(stream: TokenStream, i: number): Token {
  const flags = stream.flags[i]!;
  const token: Token = {
    text: stream.texts[i]!,
    start: stream.starts[i]!,
    end: stream.ends[i]!,
    script: SCRIPTS[flags & SCRIPT_MASK]!,
    upper: (flags & UPPER) !== 0,
    capital: (flags & CAPITAL) !== 0,
  };
  const offsets = stream.cjk.get(i);
  if (offsets) {
    token.starts = offsets[0];
    token.ends = offsets[1];
  }
  return token;
}
