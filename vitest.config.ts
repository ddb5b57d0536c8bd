import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The engines the store's contract suite runs on: both for the test command, SQLite alone
 * (`TEST_ENGINES=sqlite`, what `npm test` sets) for the inner loop, which then starts no
 * PostgreSQL.
 */
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((name) => {
  if (name !== "sqlite" && name !== "postgres") throw new Error(`TEST_ENGINES: unknown engine "${name}"`);
  return name;
});

/**
 * The files that run real `next build`s (minutes each, the slowest by far) start first, the
 * longest first, so the other files fill the second worker around them. Left to file size
 * (vitest's order without a previous run's timings), they started last and ran on alone.
 */
const slowestFirst = ["build-keeps-action-ids", "build-rejects-bad-article", "build-rejects-bad-content"];
const rank = (file: TestSpecification) => {
  const index = slowestFirst.findIndex((name) => file.moduleId.endsWith(`/tests/unit/${name}.test.ts`));
  return index === -1 ? slowestFirst.length : index;
};
class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    unstubEnvs: true,
    include: ["tests/unit/**/*.test.ts"],
    provide: { engines },
    globalSetup: engines.includes("postgres") ? ["tests/support/postgres-global-setup.ts"] : [],
    environment: "node",
    testTimeout: 20_000,
    // Vitest's default on 2 CPUs is one file at a time, yet many files mostly wait (on builds,
    // child processes, a mail server): two at once fill both CPUs.
    maxWorkers: 2,
    sequence: { sequencer: BuildsFirst },
  },
});
