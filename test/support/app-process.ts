/**
 * `npm start`'s entry point as a real process: what an operator, a container or a load
 * balancer sees. Tests read what it prints, wait for it to listen and signal it; `root`
 * lets a test run another copy of the code (an older version in a rolling upgrade).
 */
import { spawn } from "node:child_process";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface AppProcess {
  child: ReturnType<typeof spawn>;
  exited: Promise<number | null>;
  /** Resolves with the URL once the server listens; rejects when the process exits first or after `timeoutMs`. */
  listening(timeoutMs?: number): Promise<string>;
  output(): { stdout: string; stderr: string };
  /** SIGKILLs the process if it still runs and waits for it to go. */
  kill(): Promise<void>;
}

export function startAppProcess(env: Record<string, string>, root = PROJECT_ROOT): AppProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const listening = async (timeoutMs = 20_000): Promise<string> => {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout);
      if (match) return match[1]!;
      if (child.exitCode !== null) throw new Error(`exited: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`did not start within ${timeoutMs} ms: ${stderr}`);
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGKILL");
    await exited;
  };
  return { child, exited, listening, output: () => ({ stdout, stderr }), kill };
}
