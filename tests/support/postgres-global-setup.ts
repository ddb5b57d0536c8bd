import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./postgres";

/** One PostgreSQL server for the whole unit run; each test makes its own database on it. */
export default async function setup(project: TestProject) {
  const server = await startTestPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    /** Set in vitest.config.ts. */
    engines: Array<"sqlite" | "postgres">;
  }
}
