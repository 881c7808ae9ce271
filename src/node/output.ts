// Where scores go: a stream, or a file written beside its target and renamed into place at the end,
// so that a failed or interrupted run never empties the file already there, and can be resumed.
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { open, rename, stat, truncate, unlink } from "node:fs/promises";
import { finished } from "node:stream";
import { RapportError } from "../errors.js";
import { readCsvRecords } from "./csvRecords.js";
import { type PhysicalLine, readLines } from "./lines.js";
import type { OutputFormat } from "./rowText.js";

/** A failure to write the output; `cause` is Node's own error (`ENOSPC`, `EPIPE`, …), `code` its code. */
export class OutputError extends Error {
  /** Node's error code, e.g. `ENOSPC` or `EPIPE`. */
  readonly code: string | undefined;

  /**
   * @param target - what was being written
   * @param cause - Node's error
   */
  constructor(target: string, cause: unknown) {
    const error = cause as NodeJS.ErrnoException;
    super(`cannot write to ${target}: ${error?.message ?? String(cause)}`, { cause });
    this.name = "OutputError";
    this.code = error?.code;
  }
}

/** What an earlier, interrupted run already wrote: its rows, counts and where it stopped. */
export interface Written {
  readonly rows: number;
  readonly scored: number;
  readonly warned: number;
  /** The last complete row. */
  readonly last?: { readonly record: number; readonly line: number; readonly id: string };
  /** Bytes up to the end of the last complete row: anything after it is a row cut off mid-write. */
  readonly bytes: number;
  /** A CSV's header, when it has one. */
  readonly header?: readonly string[];
}

const refuse = (message: string): RapportError => new RapportError([{ code: "invalid-input", path: ["resume"], message }]);

const lineBytes = (l: PhysicalLine): number => Buffer.byteLength(l.text) + l.eol.length;

async function scanJsonl(path: string): Promise<Written> {
  let rows = 0;
  let scored = 0;
  let warned = 0;
  let bytes = 0;
  let last: Written["last"];
  for await (const l of readLines(createReadStream(path))) {
    if (l.eol === "") break;
    let row: { id?: unknown; line?: unknown; record?: unknown; score?: unknown; warnings?: unknown };
    try {
      row = JSON.parse(l.text) as typeof row;
    } catch {
      throw refuse(`Line ${l.line} of ${path} is not a row rapport wrote, so the run cannot be resumed from it.`);
    }
    if (typeof row.record !== "number" || typeof row.line !== "number") throw refuse(`Line ${l.line} of ${path} has no record and line numbers, so the run cannot be resumed from it.`);
    rows++;
    if (row.score !== undefined) scored++;
    if (row.warnings !== undefined) warned++;
    last = { record: row.record, line: row.line, id: String(row.id) };
    bytes += lineBytes(l);
  }
  return { rows, scored, warned, bytes, ...(last !== undefined && { last }) };
}

async function scanCsv(path: string): Promise<Written> {
  let through = 0;
  async function* counted(): AsyncGenerator<PhysicalLine> {
    for await (const l of readLines(createReadStream(path))) {
      through += lineBytes(l);
      yield l;
    }
  }
  let header: string[] | undefined;
  let rows = 0;
  let scored = 0;
  let warned = 0;
  let bytes = 0;
  let last: Written["last"];
  for await (const record of readCsvRecords(counted(), { columns: undefined })) {
    if (record.kind === "broken" || !record.ended) break;
    if (header === undefined) {
      header = [...record.cells];
      bytes = through;
      continue;
    }
    if (record.cells.length !== header.length) throw refuse(`Line ${record.line} of ${path} is not a row rapport wrote, so the run cannot be resumed from it.`);
    const cell = (name: string): string => record.cells[(header as string[]).indexOf(name)] ?? "";
    rows++;
    if (cell("error.code") === "") scored++;
    if (cell("warnings") !== "") warned++;
    last = { record: Number(cell("record")), line: Number(cell("line")), id: cell("id") };
    bytes = through;
  }
  return { rows, scored, warned, bytes, ...(header !== undefined && { header }), ...(last !== undefined && { last }) };
}

/**
 * Reads what an interrupted run wrote: its complete rows, and where the last one ends.
 *
 * @param path - the partial output
 * @param format - its format
 * @returns the rows written and where to go on from
 * @throws {RapportError} `invalid-input` when the file holds something other than rows rapport wrote
 */
export function scanOutput(path: string, format: OutputFormat): Promise<Written> {
  return format === "csv" ? scanCsv(path) : scanJsonl(path);
}

/** Something rows are written to. */
export interface Sink {
  /** Writes text, waiting while the destination is full; rejects with an {@link OutputError}. */
  write(text: string): Promise<void>;
  /** Finishes: for a file, flushes it to disk and renames it into place. */
  commit(): Promise<void>;
  /** Stops early: closes, keeping what was written (a file's partial output, for `--resume`). */
  keep(): Promise<void>;
  /** What is being written, for messages. */
  readonly target: string;
  /** The partial file a resumed run would continue, if any. */
  readonly partial?: string;
}

/**
 * Wraps a stream as a {@link Sink} that waits for it to drain and fails, instead of waiting forever,
 * when it errors or closes (a reader that went away).
 *
 * @param out - the stream
 * @param target - its name, for messages
 * @param end - whether to end the stream when done
 * @returns the sink
 */
export function streamSink(out: NodeJS.WritableStream, target: string, end: boolean): Sink {
  let failure: OutputError | undefined;
  const onError = (error: unknown): void => {
    failure ??= new OutputError(target, error);
  };
  out.on("error", onError);
  const gone = (): boolean => (out as { destroyed?: boolean }).destroyed === true || (out as { writableEnded?: boolean }).writableEnded === true;
  const closed = (): OutputError => failure ?? new OutputError(target, Object.assign(new Error("the output closed before every row was written"), { code: "EPIPE" }));
  const drained = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const settle = (error?: unknown): void => {
        out.off("drain", onDrain);
        out.off("error", onFail);
        out.off("close", onClose);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onDrain = (): void => settle();
      const onFail = (error: unknown): void => settle(failure ?? new OutputError(target, error));
      const onClose = (): void => settle(closed());
      out.on("drain", onDrain);
      out.on("error", onFail);
      out.on("close", onClose);
    });
  const finish = async (): Promise<void> => {
    if (end) {
      await new Promise<void>((resolve) => {
        finished(out, (error) => {
          if (error) onError(error);
          resolve();
        });
        out.end();
      });
    } else await new Promise((resolve) => setImmediate(resolve));
    out.off("error", onError);
    if (failure !== undefined) throw failure;
  };
  return {
    target,
    async write(text: string): Promise<void> {
      if (failure !== undefined || gone()) throw closed();
      if (!out.write(text)) await drained();
      if (failure !== undefined) throw failure;
    },
    commit: finish,
    keep: finish,
  };
}

/** Options of the file sink `rapport score --out` writes through: a temporary file beside the target, renamed into place at the end. */
export interface FileSinkOptions {
  readonly format: OutputFormat;
  /** Continue an interrupted run's partial output instead of refusing to start over it. */
  readonly resume: boolean;
  /** The input, which must not be the output. */
  readonly input?: string;
}

/**
 * Whether two paths name one file (the same device and inode: hard links and symbolic links included).
 *
 * @param a - a path
 * @param b - another path
 * @returns true when both exist and are the same file
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

async function writeStream(path: string, flags: string): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags });
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  return stream;
}

/**
 * Opens a file for scores. A regular file is written as `<path>.partial` beside it and renamed into
 * place by `commit`, so the file already there is untouched until the run has finished; a partial
 * output left by an interrupted run is refused unless `resume` is set, when it is read and continued
 * after its last complete row (a finished output is continued the same way). A device or pipe
 * (`/dev/null`, a FIFO) is written directly.
 *
 * @param path - the output file
 * @param options - the format, whether to resume, and the input
 * @returns the sink, and what an earlier run wrote when resuming
 * @throws {RapportError} `invalid-input` when the output is the input, or a partial output is there and `resume` is not set;
 *   an {@link OutputError} when the file cannot be created
 */
export async function fileSink(path: string, options: FileSinkOptions): Promise<{ sink: Sink; written?: Written }> {
  if (options.input !== undefined && (await sameFile(path, options.input))) {
    throw new RapportError([{ code: "invalid-input", path: ["out"], message: `The output ${path} is the input: scores are never written over the answers. Name another file.` }]);
  }
  const info = await stat(path).catch(() => undefined);
  if (info !== undefined && !info.isFile()) {
    if (options.resume) throw refuse(`--resume needs a file to continue, and ${path} is not a regular file.`);
    return { sink: streamSink(await writeStream(path, "w").catch((e: unknown) => Promise.reject(new OutputError(path, e))), path, true) };
  }
  const partial = `${path}.partial`;
  let written: Written | undefined;
  let reopened = false;
  if (options.resume) {
    if (!(await exists(partial)) && info !== undefined) {
      await rename(path, partial);
      reopened = true;
    }
    if (await exists(partial)) {
      written = await scanOutput(partial, options.format);
      await truncate(partial, written.bytes);
    }
  } else if (await exists(partial)) {
    throw new RapportError([
      { code: "invalid-input", path: ["out"], message: `${partial} holds an interrupted run: continue it with --resume, or delete it to start over.` },
    ]);
  }
  const stream = await writeStream(partial, written === undefined ? "wx" : "a").catch((e: unknown) => Promise.reject(new OutputError(partial, e)));
  const inner = streamSink(stream, partial, true);
  return { sink: { ...inner, partial, commit: () => commitFile(inner, partial, path), keep: () => keepFile(inner, partial, written, reopened ? path : undefined) }, ...(written !== undefined && { written }) };
}

async function commitFile(inner: Sink, partial: string, path: string): Promise<void> {
  await inner.commit();
  const handle = await open(partial, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, path);
}

async function keepFile(inner: Sink, partial: string, written: Written | undefined, finished: string | undefined): Promise<void> {
  await inner.keep().catch(() => undefined);
  const size = (await stat(partial).catch(() => undefined))?.size;
  // A fresh run that wrote nothing leaves nothing behind; a finished output reopened by --resume and left as it was goes back.
  if (written === undefined && size === 0) await unlink(partial).catch(() => undefined);
  else if (finished !== undefined && written !== undefined && size === written.bytes) await rename(partial, finished).catch(() => undefined);
}
