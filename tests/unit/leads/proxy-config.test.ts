import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { clientKey } from "@/lib/leads/guard";
import { proxyConfig, shippedProxyConfig, startNginx } from "@/scripts/nginx";

/**
 * The nginx configuration the README tells centers to deploy, run for real in front of a
 * stand-in upstream that records what reaches Node: a visitor cannot choose the address the
 * rate limit keys on, and an oversized body gets the site's page instead of a bare 413.
 */
type Seen = { method: string; url: string; forwardedFor: string | null; contentLength: string | null };
const seen: Seen[] = [];
let upstream: http.Server;
let nginx: { stop: () => Promise<void> };
let base = "";
let dir = "";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const forwarded = request.headers["x-forwarded-for"];
      seen.push({
        method: request.method ?? "",
        url: request.url ?? "",
        forwardedFor: typeof forwarded === "string" ? forwarded : null,
        contentLength: request.headers["content-length"] ?? null,
      });
      response.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-store" });
      response.end(request.url === "/request-too-large" ? "the too-large page" : "ok");
    });
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  const listenPort = await freePort();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "iop-nginx-"));
  // nginx's workers (not root) spool large uploads below it.
  await fs.chmod(dir, 0o755);
  const template = readFileSync(shippedProxyConfig, "utf8");
  const server = proxyConfig(template, { listenPort, upstreamPorts: [upstreamPort], cacheDir: path.join(dir, "cache") });
  base = `http://127.0.0.1:${listenPort}`;
  nginx = await startNginx(path.join(dir, "nginx"), server, `${base}/request-a-call`);
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the shipped nginx configuration", () => {
  it("hands Node the address it saw, whatever X-Forwarded-For the visitor forged", async () => {
    resetEnvForTests();
    for (const forged of ["203.0.113.66", "1.2.3.4, 5.6.7.8", "unknown"]) {
      seen.length = 0;
      await fetch(`${base}/request-a-call`, { method: "POST", body: "x=1", headers: { "x-forwarded-for": forged } });
      expect(seen).toHaveLength(1);
      expect(clientKey(new Headers(seen[0].forwardedFor ? { "x-forwarded-for": seen[0].forwardedFor } : {}))).toBe("127.0.0.1");
    }
  });

  it("answers a body over 1 MB, or over 21 MB on the insurance form, with the site's page", async () => {
    for (const [pathname, size] of [["/request-a-call", 1024 * 1024 + 10], ["/verify-insurance", 21 * 1024 * 1024 + 10]] as const) {
      seen.length = 0;
      const response = await fetch(`${base}${pathname}`, { method: "POST", body: Buffer.alloc(size) });
      expect(response.status).toBe(413);
      expect(await response.text()).toBe("the too-large page");
      expect(seen.map((s) => [s.method, s.url])).toEqual([["GET", "/request-too-large"]]);
    }
    seen.length = 0;
    const allowed = await fetch(`${base}/verify-insurance`, { method: "POST", body: Buffer.alloc(2 * 1024 * 1024) });
    expect(allowed.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/verify-insurance", contentLength: String(2 * 1024 * 1024) });
  }, 30_000);
});
