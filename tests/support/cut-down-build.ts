import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * A real `next build` of a copy of the site holding only `entries` (files or folders of the
 * project) and `files` written fresh, so a test proves what the build itself refuses.
 * Returns the exit status and everything it printed; the copy is removed afterwards.
 */
export function cutDownBuild(
  entries: string[],
  files: Record<string, string>,
): { status: number | null; output: string } {
  // Inside the repo, so Turbopack finds the real node_modules one level up; ignored by git and tsc.
  const scratch = mkdtempSync(path.join(root, ".build-check-"));
  try {
    for (const entry of entries) {
      mkdirSync(path.dirname(path.join(scratch, entry)), { recursive: true });
      cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), text);
    }
    symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"));
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: scratch,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      timeout: 240_000,
    });
    return { status: build.status, output: `${build.stdout}\n${build.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
