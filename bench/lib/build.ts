import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./proc";

/** Not copied into the build: dependencies come separately, the rest is local state. */
const EXCLUDE = [
  ".git",
  "node_modules",
  ".next",
  ".data",
  ".data-e2e",
  "test-results",
  "playwright-report",
  "bench/results",
];

/** The route the JavaScript floor is measured on: an empty page in the site's root layout. */
export const FLOOR_PATH = "/bench-empty";
/** A form whose Server Action only redirects: the floor for lead submissions. */
export const FLOOR_ACTION_PATH = "/bench-action";

/**
 * Builds the working tree in a throwaway copy, so the repo's own .next (and anyone's dev
 * server on it) is left alone, and so the copy can hold the floor pages (an empty page, a
 * form whose action only redirects) the site's own figures are compared with. node_modules is copied, not symlinked: Turbopack refuses files
 * outside the project root.
 */
export function buildCopy(repo: string, dest: string, env: NodeJS.ProcessEnv): { buildSeconds: number } {
  mkdirSync(dest, { recursive: true });
  const tar = spawnSync(
    "bash",
    [
      "-c",
      `set -o pipefail; tar -C "$1" ${EXCLUDE.map((dir) => `--exclude=./${dir}`).join(" ")} -cf - . | tar -C "$2" -xf -`,
      "copy",
      repo,
      dest,
    ],
    { encoding: "utf8" },
  );
  if (tar.status !== 0) throw new Error(`Copying the repo failed: ${tar.stderr}`);
  run("cp", ["-a", path.join(repo, "node_modules"), path.join(dest, "node_modules")]);

  addPage(
    dest,
    FLOOR_PATH,
    "// Throwaway page for the benchmark's JavaScript floor; exists only in the bench's build copy.\n" +
      'export const metadata = { title: "Empty", robots: { index: false } };\n' +
      "export default function BenchEmpty() {\n  return null;\n}\n",
  );
  addPage(
    dest,
    FLOOR_ACTION_PATH,
    "// Throwaway form for the benchmark's submission floor; exists only in the bench's build copy.\n" +
      'import { connection } from "next/server";\n' +
      'import { redirect } from "next/navigation";\n' +
      'export const metadata = { title: "Action", robots: { index: false } };\n' +
      "async function submit() {\n" +
      '  "use server";\n' +
      `  redirect("${FLOOR_PATH}");\n` +
      "}\n" +
      "export default async function BenchAction() {\n" +
      "  await connection();\n" +
      '  return <form action={submit}><input name="name" /><button>Send</button></form>;\n' +
      "}\n",
  );

  const started = Date.now();
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: dest, env });
  return { buildSeconds: (Date.now() - started) / 1000 };
}

/** Writes app/(site)/<route>/page.tsx into the build copy (the public frame); a route the site already has is an error. */
function addPage(dest: string, route: string, source: string): void {
  const file = path.join(dest, "app", "(site)", route.slice(1), "page.tsx");
  if (existsSync(file)) throw new Error(`${file} already exists`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
}
