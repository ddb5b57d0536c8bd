import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { busyWarning, machineLine, summaryTable, type Machine, type Results } from "./report";

/** What the bench ran on, and how busy the machine was meanwhile. */

/**
 * CPU time of the whole machine (from /proc/stat) and of this process with every child it
 * has reaped (all of them, once the servers are stopped), in clock ticks.
 */
export function cpuSnapshot(): { busy: number; total: number; ours: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((sum, n) => sum + n, 0);
    const busy = total - fields[3] - fields[4]; // minus idle and iowait
    const self = readFileSync("/proc/self/stat", "utf8");
    const f = self
      .slice(self.lastIndexOf(")") + 2)
      .split(" ")
      .map(Number);
    return { busy, total, ours: f[11] + f[12] + f[13] + f[14] }; // utime stime cutime cstime
  } catch {
    return null; // not Linux
  }
}

/** The share of the machine's CPU that other work used while the bench ran. */
export function otherCpuShare(
  start: ReturnType<typeof cpuSnapshot>,
  end: ReturnType<typeof cpuSnapshot>,
): number | null {
  if (!start || !end || end.total <= start.total) return null;
  const other = end.busy - start.busy - (end.ours - start.ours);
  return Math.max(0, other / (end.total - start.total));
}

export function machineInfo(): Machine {
  const version = (command: string, flags: string[], pattern: RegExp) => {
    const result = spawnSync(command, flags, { encoding: "utf8" });
    return pattern.exec(`${result.stdout ?? ""}${result.stderr ?? ""}`)?.[1] ?? "?";
  };
  const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cpus: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version.slice(1),
    chromium: version(chromePath, ["--version"], /(\d+\.\d+\.\d+\.\d+)/),
    lighthouse: "-",
    nginx: version("nginx", ["-v"], /nginx\/([\d.]+)/),
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" "),
    benchmarkIndex: null,
    otherCpuShare: null,
  };
}

/** Replaces the figures block inside the README's bench section. */
export function updateReadme(repo: string, results: Results): void {
  const readme = path.join(repo, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- bench:figures:start -->";
  const end = "<!-- bench:figures:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block to update`);
  const m = results.machine;
  const figures = [
    "",
    `Measured ${machineLine(m)}.`,
    "",
    ...(busyWarning(m) ? [busyWarning(m), ""] : []),
    summaryTable(results),
    "",
  ].join("\n");
  writeFileSync(readme, text.slice(0, from + start.length) + figures + text.slice(to));
}
