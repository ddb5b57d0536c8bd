/**
 * What both operator commands (`npm run leads`, `npm run staff`) share: the server's .env files
 * loaded before anything reads the environment, a plain-text table, and a run that sets the
 * exit code, prints only an error's message (never a stack with values in it) and closes
 * whatever the command opened.
 */
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd());
}

export function runCommand(main: (args: string[]) => Promise<number>, cleanUp: () => Promise<void>): void {
  main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : "Unexpected error");
        process.exitCode = 1;
      },
    )
    .finally(cleanUp);
}
