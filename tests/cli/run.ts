import { type ChildProcess, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const cli = new URL("../../src/cli/index.ts", import.meta.url).pathname;
const tsx = new URL("../../node_modules/.bin/tsx", import.meta.url).pathname;

/** Runs the rapport CLI from source and returns its exit code and output, whether it failed or not. */
export async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts the rapport CLI from source, for tests that feed standard input, read as it runs, or send signals. */
export function startRapport(args: readonly string[]): ChildProcess {
  // Node itself with tsx's loader (not the tsx wrapper, which runs a second process): signals reach the CLI.
  return spawn(process.execPath, ["--import", "tsx", cli, ...args], { stdio: ["pipe", "pipe", "pipe"] });
}

/** Waits for a started CLI to end, collecting what it printed. */
export function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
}
