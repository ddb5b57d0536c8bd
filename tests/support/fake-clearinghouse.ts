import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import {
  activeAnswer,
  carveOutAnswer,
  inactiveAnswer,
  notCoveredAnswer,
  rejectedAnswer,
  type Asked,
} from "@/tests/support/eligibility-fixtures";

/**
 * A stand-in clearinghouse on 127.0.0.1 answering POST …/change/medicalnetwork/eligibility/v3
 * as Stedi does (the Change Healthcare JSON format), for the tests and for a demo of
 * `npm run site` (scripts/fake-clearinghouse.ts). The member ID's first three letters choose
 * the scenario; anything else is "member not found", as a real payer would say.
 *
 * It refuses a request carrying any field beyond what the site is meant to send (a strict
 * schema), so a test fails if the request grows a field that could make a payer miss a member.
 */
export const FAKE_MEMBERS = {
  active: "ACT204883101",
  inactive: "INA204883102",
  carveOut: "CRV204883103",
  notCovered: "NOC204883104",
  notFound: "NFD204883105",
  wrongBirthDate: "DOB204883106",
  payerDown: "DWN204883107",
  providerRefused: "NPI204883108",
  slow: "SLW204883109",
  failing: "ERR204883110",
  flaky: "FLK204883111",
  timeout: "TMO204883112",
} as const;

export type Scenario = keyof typeof FAKE_MEMBERS;

const byPrefix = new Map(Object.entries(FAKE_MEMBERS).map(([scenario, id]) => [id.slice(0, 3), scenario as Scenario]));

function scenarioOf(memberId: string): Scenario {
  return byPrefix.get(memberId.slice(0, 3).toUpperCase()) ?? "notFound";
}

const wirePerson = z.strictObject({
  firstName: z.string().min(1).optional(),
  lastName: z.string().min(1),
  dateOfBirth: z.string().regex(/^\d{8}$/),
});

const requestSchema = z.strictObject({
  controlNumber: z.string().regex(/^\d{9}$/),
  tradingPartnerServiceId: z.string().min(1),
  provider: z.strictObject({ organizationName: z.string().min(1), npi: z.string().regex(/^\d{10}$/) }),
  subscriber: wirePerson.extend({ memberId: z.string().min(1) }).strict(),
  dependents: z.tuple([wirePerson]).optional(),
  encounter: z.strictObject({ serviceTypeCodes: z.array(z.string().regex(/^[A-Z0-9]{1,2}$/)).min(1) }),
});

type FakeRequest = z.infer<typeof requestSchema>;

/**
 * A payer's time to answer: mostly one to three seconds, now and then much longer (a floor of
 * 0.6 s plus an exponential tail with a 1.4 s mean, cut at 8 s).
 */
export function realisticPayerLatency(): number {
  return Math.min(600 + -Math.log(1 - Math.random()) * 1_400, 8_000);
}

export type FakeClearinghouseOptions = {
  /** The key the site must send as its Authorization header. */
  key: string;
  port?: number;
  /** Milliseconds before each answer (a payer's time to respond); a number or a function per request. */
  latencyMs?: number | ((scenario: Scenario) => number);
  /** How long the "slow" scenario takes. */
  slowMs?: number;
};

export type FakeClearinghouse = {
  url: string;
  /** Every well-formed request, in arrival order. */
  requests: FakeRequest[];
  /** Requests per scenario, refused ones included. */
  hits(scenario: Scenario): number;
  close(): Promise<void>;
};

const ELIGIBILITY_PATH = "/2024-04-01/change/medicalnetwork/eligibility/v3";

export async function startFakeClearinghouse(options: FakeClearinghouseOptions): Promise<FakeClearinghouse> {
  const requests: FakeRequest[] = [];
  const counts = new Map<Scenario, number>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== ELIGIBILITY_PATH) return send(404, { message: "Not Found" });
      if (req.headers.authorization !== options.key)
        return send(401, { code: "UnauthorizedException", message: "Unauthorized" });
      let json: unknown;
      try {
        json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(400, { message: "The request body is not JSON" });
      }
      const parsed = requestSchema.safeParse(json);
      if (!parsed.success)
        return send(400, {
          message: `Invalid request: ${parsed.error.issues.map((i) => i.path.join(".") || i.message).join(", ")}`,
        });
      const request = parsed.data;
      requests.push(request);
      const scenario = scenarioOf(request.subscriber.memberId);
      const count = (counts.get(scenario) ?? 0) + 1;
      counts.set(scenario, count);
      if (scenario === "timeout") return;
      const latency = typeof options.latencyMs === "function" ? options.latencyMs(scenario) : (options.latencyMs ?? 0);
      later(scenario === "slow" ? (options.slowMs ?? 3_000) : latency, () => {
        const [status, body] = answer(scenario, asked(request), count);
        send(status, body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${ELIGIBILITY_PATH}`,
    requests,
    hits: (scenario) => counts.get(scenario) ?? 0,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function asked(request: FakeRequest): Asked {
  const { memberId, ...subscriber } = request.subscriber;
  return {
    payerId: request.tradingPartnerServiceId,
    controlNumber: request.controlNumber,
    npi: request.provider.npi,
    organizationName: request.provider.organizationName,
    memberId,
    subscriber,
    dependent: request.dependents?.[0],
  };
}

function answer(scenario: Scenario, asked: Asked, count: number): [number, unknown] {
  switch (scenario) {
    case "active":
    case "slow":
      return [200, activeAnswer(asked)];
    case "flaky":
      return count === 1 ? [502, { message: "Bad Gateway" }] : [200, activeAnswer(asked)];
    case "inactive":
      return [200, inactiveAnswer(asked)];
    case "carveOut":
      return [200, carveOutAnswer(asked)];
    case "notCovered":
      return [200, notCoveredAnswer(asked)];
    case "wrongBirthDate":
      return [200, rejectedAnswer(asked, "wrongBirthDate")];
    case "payerDown":
      return [200, rejectedAnswer(asked, "payerDown")];
    // Stedi answers some provider-level rejections with HTTP 400 (its OpenAPI's "Invalid provider name" example).
    case "providerRefused":
      return [400, rejectedAnswer(asked, "provider")];
    case "failing":
      return [503, { code: "ServiceUnavailableException", message: "Service Unavailable" }];
    case "notFound":
    case "timeout":
      return [200, rejectedAnswer(asked, "notFound")];
  }
}
