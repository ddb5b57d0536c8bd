import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The engines the store's contract suite runs on: both for the test command, SQLite alone
 * (`TEST_ENGINES=sqlite`, what `npm test` sets) for the inner loop, which then starts no
 * PostgreSQL.
 */
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((name) => {
  if (name !== "sqlite" && name !== "postgres") throw new Error(`TEST_ENGINES: unknown engine "${name}"`);
  return name;
});

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
  },
});
