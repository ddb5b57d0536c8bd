import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { afterEach } from "vitest";

/**
 * Server stand-ins (tests/support/lead-worker.ts) as real processes, killed with SIGKILL after
 * each test of the file that calls useLeadWorkers().
 */
export function useLeadWorkers(): (args: string[], onLine?: (line: string) => void) => Promise<ChildProcess> {
  const workers: ChildProcess[] = [];
  afterEach(() => {
    for (const worker of workers.splice(0)) worker.kill("SIGKILL");
  });
  return (args, onLine = () => undefined) => {
    // node itself, not the tsx wrapper: SIGKILL must hit the process that holds the work.
    const worker = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "tests/support/lead-worker.ts", ...args], {
      env: {
        ...process.env,
        LEAD_RETRY_FIRST_SECONDS: "1",
        LEAD_LEASE_SECONDS: "2",
        LEAD_EMAIL_DETAIL: "full",
        NODE_ENV: "test",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    workers.push(worker);
    return new Promise((resolve, reject) => {
      worker.once("exit", (code) => reject(new Error(`worker exited early (${code})`)));
      readline.createInterface({ input: worker.stdout! }).on("line", (line) => {
        if (line === "ready") resolve(worker);
        onLine(line);
      });
    });
  };
}
