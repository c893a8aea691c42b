import sax from 'sax';
import { createInputError } from './errors.js';

export interface XmlHandlers {
  /** An element opened: its local name (prefix dropped, `x:row` → `row`) and attributes as written. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlPartParser {
  write(piece: Uint8Array): void;
  end(): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/**
 * A strict streaming XML parser for one workbook part. sax expands only the five predefined and numeric character
 * references and ignores DTD entity declarations, so entity-expansion bombs cannot grow the text; any XML error
 * becomes an input error naming the file, the part and the line.
 */
export function createXmlPartParser(
  label: string,
  part: string,
  handlers: XmlHandlers,
): XmlPartParser {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const decoder = new TextDecoder('utf-8');
  let failure: Error | undefined;
  parser.onopentag = (tag) => {
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
  };
  parser.onclosetag = (name) => handlers.close(localName(name));
  parser.ontext = (text) => handlers.text(text);
  parser.oncdata = (text) => handlers.text(text);
  parser.onerror = (error) => {
    failure ??= error;
    throw error;
  };
  const run = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof Error && error.name === 'CliError') throw error;
      const reason = (failure ?? (error as Error)).message.split('\n')[0];
      throw createInputError(
        `${label} is not a readable workbook: ${part} line ${parser.line + 1}: ${reason}. Open it in Excel and save it again, or export it as CSV.`,
        error,
      );
    }
  };
  return {
    write: (piece) => run(() => parser.write(decoder.decode(piece, { stream: true }))),
    end: () => run(() => parser.write(decoder.decode()).close()),
  };
}

/** Parses a whole part (relationships, the sheet list, the shared strings) through the handlers. */
export function parseXmlPart(
  label: string,
  part: string,
  pieces: Iterable<Uint8Array>,
  handlers: XmlHandlers,
): void {
  const parser = createXmlPartParser(label, part, handlers);
  for (const piece of pieces) parser.write(piece);
  parser.end();
}
