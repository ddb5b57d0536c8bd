import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

/**
 * A form left open across a deploy still submits when every build uses the same
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (Next.js derives Server Action ids from it), and does not
 * when the key changes. Checked with a one-form app built twice, the way the site is deployed.
 */
const root = path.resolve(__dirname, "../..");
// Inside the repo, so Turbopack finds the real node_modules one level up; ignored by git and tsc.
const scratch = mkdtempSync(path.join(root, ".build-check-"));
const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "action-id-check", private: true, type: "module" }),
  // Its own config, or Next.js would use the site's, one folder up.
  "next.config.mjs": "export default { typescript: { ignoreBuildErrors: true } };",
  // Likewise its own proxy and instrumentation: Turbopack would otherwise find the site's.
  "instrumentation.ts": "export function register() {}",
  "proxy.ts": `import { NextResponse } from "next/server";\nexport function proxy() { return NextResponse.next(); }`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["dom", "esnext"], module: "esnext", moduleResolution: "bundler", jsx: "preserve", strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, plugins: [{ name: "next" }] },
    include: ["**/*.ts", "**/*.tsx"],
  }),
  "app/layout.tsx": `export default function Layout({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }`,
  "app/actions.ts": `"use server";\nimport { redirect } from "next/navigation";\nexport async function send(formData: FormData) { redirect("/done?name=" + encodeURIComponent(String(formData.get("name")))); }`,
  "app/page.tsx": `import { send } from "./actions";\nexport const dynamic = "force-dynamic";\nexport default function Page() { return <form action={send}><input name="name" defaultValue="x" /><button>Send</button></form>; }`,
  "app/done/page.tsx": `export default function Done() { return <p>done</p>; }`,
};
const servers: ChildProcess[] = [];

afterAll(() => {
  for (const server of servers) server.kill("SIGKILL");
  rmSync(scratch, { recursive: true, force: true });
});

function build(key: string, extraPage?: string): void {
  if (extraPage) {
    mkdirSync(path.join(scratch, "app", extraPage), { recursive: true });
    writeFileSync(path.join(scratch, "app", extraPage, "page.tsx"), `export default function P() { return <p>${extraPage}</p>; }`);
  }
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: scratch,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key },
    encoding: "utf8",
    timeout: 240_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

async function serve<T>(use: (url: string) => Promise<T>): Promise<T> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: scratch,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  servers.push(server);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url);
      break;
    } catch (error) {
      if (i > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await use(url);
  } finally {
    server.kill("SIGKILL");
  }
}

/** What a browser without JavaScript posts: the form's own fields, hidden action id included. */
function formFields(html: string): FormData {
  const form = new FormData();
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    const name = /\sname="([^"]+)"/.exec(tag)?.[1];
    if (name) form.append(name, /\svalue="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return form;
}

async function post(url: string, fields: FormData): Promise<Response> {
  return fetch(url, { method: "POST", body: fields, redirect: "manual", headers: { origin: url } });
}

it("keeps a form from one build working on the next with a fixed key, and not without", async () => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
    writeFileSync(path.join(scratch, name), text);
  }
  symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"));
  const key = Buffer.alloc(32, 7).toString("base64");
  build(key);
  const fields = await serve(async (url) => formFields(await (await fetch(url)).text()));
  expect([...fields.keys()].some((name) => name.startsWith("$ACTION_ID_"))).toBe(true);

  build(key, "a-new-page");
  const sameKey = await serve((url) => post(url, fields));
  expect(sameKey.status).toBe(303);
  expect(sameKey.headers.get("location")).toMatch(/\/done\?name=x$/);

  build(Buffer.alloc(32, 9).toString("base64"), "another-page");
  const newKey = await serve((url) => post(url, fields));
  expect(newKey.status).not.toBe(303);
}, 600_000);
