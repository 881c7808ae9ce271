// Builds the recruiter form, serves it on 127.0.0.1 and drives Debian's Chromium with playwright-core.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build, preview } from "vite";

const root = fileURLToPath(new URL("../../", import.meta.url));
const config = join(root, "examples/form/vite.config.ts");

/** The Chromium the tests drive: Debian's package, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The Chromium binary, or an error saying how to install it. The browser tests never skip.
 *
 * @param path - where to look
 * @returns the path of the binary
 * @throws {Error} when there is no Chromium there
 */
export function requireChromium(path = CHROMIUM_PATH): string {
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The browser tests of the form drive Debian's Chromium: install it with ` +
        "`apt-get update && apt-get install -y chromium` (as root; .ci/run does this when it is missing), " +
        "or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  return path;
}

/** A script of the built form: its file, size, whether the page loads it first, and what is in it. */
export interface BuiltScript {
  readonly name: string;
  readonly bytes: number;
  readonly gzip: number;
  /** The page's own script (the others are loaded on demand). */
  readonly entry: boolean;
  /** Paths of the modules bundled into it. */
  readonly modules: readonly string[];
}

/** A built form: its folder and its scripts. */
export interface BuiltForm {
  readonly dir: string;
  readonly scripts: readonly BuiltScript[];
}

/**
 * Builds the form with its own Vite config into a fresh temporary folder.
 *
 * @returns the folder and its scripts
 */
export async function buildForm(): Promise<BuiltForm> {
  const dir = mkdtempSync(join(tmpdir(), "rapport-form-"));
  const result = await build({ configFile: config, logLevel: "error", build: { outDir: dir, emptyOutDir: true } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
  const scripts = outputs.flatMap((o) =>
    o.type === "chunk"
      ? [{ name: basename(o.fileName), bytes: Buffer.byteLength(o.code), gzip: gzipSync(o.code).byteLength, entry: o.isEntry, modules: o.moduleIds }]
      : [],
  );
  return { dir, scripts };
}

/** A served form and a browser on it. */
export interface Session {
  readonly url: string;
  readonly context: BrowserContext;
  /** A new page with the console errors and page errors it raises collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Serves a built form on 127.0.0.1 (a free port) and opens Chromium, headless, in a fresh profile.
 *
 * @param form - the built form
 * @param options - downloads go to this folder when given
 * @returns the session
 */
export async function openSession(form: BuiltForm, options: { downloads?: string } = {}): Promise<Session> {
  const executablePath = requireChromium();
  const server = await preview({ configFile: config, logLevel: "error", build: { outDir: form.dir }, preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview gave no local URL");
  const profile = mkdtempSync(join(tmpdir(), "rapport-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath,
    acceptDownloads: true,
    ...(options.downloads ? { downloadsPath: options.downloads } : {}),
    viewport: { width: 1280, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    url,
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      return { page, errors };
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
