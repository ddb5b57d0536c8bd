import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postEligibility, type ClientOptions } from "@/lib/eligibility/client";
import { buildEligibilityRequest } from "@/lib/eligibility/request";
import {
  FAKE_MEMBERS,
  startFakeClearinghouse,
  type FakeClearinghouse,
  type Scenario,
} from "@/tests/support/fake-clearinghouse";

const KEY = "test-key-0123456789abcdef";
/** Generous for answers (a loaded machine is slow to answer too), quick between tries. */
const fast: ClientOptions = { timeoutMs: 10_000, retries: 2, backoffMs: 5 };
let fake: FakeClearinghouse;

beforeEach(async () => {
  fake = await startFakeClearinghouse({ key: KEY, slowMs: 100 });
});
afterEach(async () => {
  await fake.close();
});

function ask(scenario: Scenario, options: ClientOptions = fast, key = KEY) {
  const request = buildEligibilityRequest(
    "60054",
    {
      memberId: FAKE_MEMBERS[scenario],
      subscriber: { firstName: "Daniel", lastName: "Lopez", dateOfBirth: "2001-04-23" },
    },
    { organizationName: "Lumen Ridge Recovery", npi: "1999999984" },
  );
  return postEligibility(request, { url: fake.url, key }, options);
}

describe("the clearinghouse client", () => {
  it("returns the answer, raw and parsed, once", async () => {
    const result = await ask("active");
    expect(result).toMatchObject({ kind: "answer", body: { payer: { name: "AETNA" } } });
    expect(result.kind === "answer" && JSON.parse(result.raw)).toEqual(result.kind === "answer" && result.body);
    expect(fake.hits("active")).toBe(1);
  });

  it("tries a 5xx again with backoff and takes the answer that follows", async () => {
    expect(await ask("flaky")).toMatchObject({ kind: "answer" });
    expect(fake.hits("flaky")).toBe(2);
  });

  it("gives up on a clearinghouse that keeps failing, after the retries, as retryable", async () => {
    expect(await ask("failing")).toMatchObject({
      kind: "failure",
      category: "server-error",
      retryable: true,
      status: 503,
    });
    expect(fake.hits("failing")).toBe(3);
  });

  it("times out a payer that never answers, each try, and says so", async () => {
    const short = { ...fast, timeoutMs: 300 };
    const result = await ask("timeout", short);
    expect(result).toMatchObject({ kind: "failure", category: "timeout", retryable: true });
    expect(fake.hits("timeout")).toBe(3);
    expect(result.ms).toBeGreaterThanOrEqual(3 * short.timeoutMs);
  });

  it("waits for a slow payer within the timeout", async () => {
    expect(await ask("slow")).toMatchObject({ kind: "answer" });
  });

  it("never retries the payer's AAA errors, whether they come with 200 or 400", async () => {
    for (const scenario of ["notFound", "wrongBirthDate", "payerDown", "providerRefused"] as const) {
      expect(await ask(scenario)).toMatchObject({ kind: "answer", body: { errors: [{ field: "AAA" }] } });
      expect(fake.hits(scenario)).toBe(1);
    }
  });

  it("does not retry a refused key", async () => {
    expect(await ask("active", fast, "wrong-key-0123456789")).toMatchObject({
      kind: "failure",
      category: "refused",
      retryable: false,
      status: 401,
    });
  });

  it("treats a dropped connection as retryable and a redirect as a refusal to send elsewhere", async () => {
    const closed = await startFakeClearinghouse({ key: KEY });
    const url = closed.url;
    await closed.close();
    const request = buildEligibilityRequest(
      "60054",
      { memberId: "X", subscriber: { lastName: "Lopez", dateOfBirth: "2001-04-23" } },
      { organizationName: "L", npi: "1999999984" },
    );
    expect(await postEligibility(request, { url, key: KEY }, { ...fast, retries: 0 })).toMatchObject({
      kind: "failure",
      category: "connection",
      retryable: true,
    });

    const elsewhere: string[] = [];
    const redirecting = http.createServer((req, res) => {
      elsewhere.push(req.url ?? "");
      res.writeHead(307, { Location: fake.url }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    const port = (redirecting.address() as AddressInfo).port;
    const result = await postEligibility(
      request,
      { url: `http://127.0.0.1:${port}/v3`, key: KEY },
      { ...fast, retries: 0 },
    );
    await new Promise((resolve) => redirecting.close(resolve));
    expect(result).toMatchObject({ kind: "failure", category: "refused", retryable: false });
    expect(elsewhere).toEqual(["/v3"]);
    expect(fake.requests).toHaveLength(0);
  });
});
