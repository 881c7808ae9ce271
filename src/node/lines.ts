// Physical lines of a byte stream: the unit every line number rapport reports counts in.
import { isUtf8 } from "node:buffer";

/** One line of a file as an editor numbers it: lines end at `\n` (or `\r\n`); a bare `\r` is text. */
export interface PhysicalLine {
  /** The line's text without its ending; invalid UTF-8 bytes read as U+FFFD. */
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /** The ending that followed it: `"\n"`, `"\r\n"`, or `""` for a last line without one. */
  readonly eol: string;
  /** Whether the line held bytes that are not UTF-8. */
  readonly badUtf8: boolean;
  /** Whether the line was longer than {@link MAX_LINE_BYTES} and its text left out. */
  readonly overlong: boolean;
}

/** Lines longer than this are not read (their text is left out and they are reported), so memory stays bounded. */
export const MAX_LINE_BYTES = 4 * 2 ** 20;

const NEWLINE = 0x0a;
const CR = 0x0d;

function toLine(bytes: Buffer, line: number, ended: boolean, overlong: boolean): PhysicalLine {
  let end = bytes.length;
  let eol = ended ? "\n" : "";
  if (ended && end > 0 && bytes[end - 1] === CR) {
    end--;
    eol = "\r\n";
  }
  let body = bytes.subarray(0, end);
  // A byte-order mark starts the file, not the first field.
  if (line === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (overlong) return { text: "", line, eol, badUtf8: false, overlong };
  return { text: body.toString("utf8"), line, eol, badUtf8: !isUtf8(body), overlong };
}

/**
 * Splits a byte stream into physical lines, lazily: at most one line (up to {@link MAX_LINE_BYTES}) is
 * held beyond the chunk being read.
 *
 * @param input - the bytes, e.g. a file's read stream or standard input
 * @returns an async generator of lines, in order
 * @example
 * for await (const l of readLines(Readable.from([Buffer.from("a\r\nb\rc\n")]))) console.log(l.line, JSON.stringify(l.text));
 * //=> 1 "a", then 2 "b\rc"
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<PhysicalLine> {
  let carry: Buffer[] = [];
  let carried = 0;
  let overlong = false;
  let line = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(NEWLINE, start); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      const piece = bytes.subarray(start, nl + 1);
      const whole = carried === 0 ? piece : Buffer.concat([...carry, piece]);
      yield toLine(whole.subarray(0, whole.length - 1), ++line, true, overlong || whole.length - 1 > MAX_LINE_BYTES);
      carry = [];
      carried = 0;
      overlong = false;
      start = nl + 1;
    }
    if (start < bytes.length && !overlong) {
      carry.push(bytes.subarray(start));
      carried += bytes.length - start;
      if (carried > MAX_LINE_BYTES) {
        overlong = true;
        carry = [];
        carried = 0;
      }
    }
  }
  if (carried > 0 || overlong) yield toLine(Buffer.concat(carry), ++line, false, overlong);
}
