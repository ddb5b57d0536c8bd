import { randomBytes } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { requestCallFields } from "../../lib/forms/request-call-fields";
import { verifyInsuranceFields } from "../../lib/forms/verify-insurance-fields";
import { formToken } from "./form-token";

/**
 * The two forms as a browser without JavaScript posts them: every hidden input the form
 * rendered (React's $ACTION_… fields, sourcePage), a fresh form token, the empty honeypot,
 * and the visible fields a person fills in.
 */

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#39": "'", "#x27": "'" };
const decode = (text: string) => text.replace(/&(amp|quot|lt|gt|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1]) : undefined;
}

export type RenderedForm = { hidden: Array<[string, string]>; names: Set<string> };

/** The first form's hidden inputs and every field name. Fails if it is no longer a multipart POST. */
export function readForm(html: string): RenderedForm {
  const start = html.search(/<form\b[^>]*>/);
  const end = html.indexOf("</form>", start);
  if (start < 0 || end < 0) throw new Error("No <form> in the page");
  const form = html.slice(start, end);
  const open = /<form\b[^>]*>/.exec(form)![0];
  if (!/method="post"/i.test(open) || !/enctype="multipart\/form-data"/i.test(open)) {
    throw new Error(`The form is no longer a multipart POST: ${open}`);
  }
  const hidden: Array<[string, string]> = [];
  const names = new Set<string>();
  for (const [tag] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (!name) continue;
    names.add(name);
    if (attribute(tag, "type") === "hidden") hidden.push([name, attribute(tag, "value") ?? ""]);
  }
  return { hidden, names };
}

/** GETs a form page and checks it still has every field the bench fills. */
export async function fetchForm(origin: string, page: "/request-a-call" | "/verify-insurance"): Promise<RenderedForm> {
  const response = await fetch(`${origin}${page}`);
  if (!response.ok) throw new Error(`GET ${page} answered ${response.status}`);
  const form = readForm(await response.text());
  const filled =
    page === "/request-a-call"
      ? requestCallFields.filter((field) => field !== "consentSms")
      : [...verifyInsuranceFields.filter((field) => field !== "hasSecondary"), "cardFront", "cardBack"];
  const missing = ["website", "formToken", ...filled].filter((name) => !form.names.has(name));
  if (missing.length) throw new Error(`${page} has no field named ${missing.join(", ")}; update bench/lib/forms.ts`);
  return form;
}

/** Area codes 201–989 that are not N11 service codes, for unique but valid US numbers. */
const AREA_CODES = Array.from({ length: 989 - 201 + 1 }, (_, i) => 201 + i).filter((code) => code % 100 !== 11);

/** The n-th submission's phone: a fictional 555-01xx line, a different one for each n below ~78,000. */
function phoneNumber(n: number): string {
  const area = AREA_CODES[n % AREA_CODES.length];
  const line = 100 + ((Math.floor(n / AREA_CODES.length) * 37 + n) % 100);
  return `(${area}) 555-0${line}`;
}

export const NAMES = ["Alex Rivera", "Sam Okafor", "Jordan Lee", "Maria Santos", "Chris Novak", "Dana Whitfield"];
const BEST_TIMES = ["asap", "morning", "afternoon", "evening"];

function withHidden(form: RenderedForm, token: string): FormData {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, name === "formToken" ? token : value);
  body.append("website", "");
  return body;
}

/** The n-th request for a call: a different valid phone number each, so none is a duplicate. */
export async function callRequest(form: RenderedForm, n: number): Promise<FormData> {
  const body = withHidden(form, await formToken("call-request"));
  const fields: Array<[string, string]> = [
    ["name", NAMES[n % NAMES.length]],
    ["phone", phoneNumber(n)],
    ["email", ""],
    ["about", "self"],
    ["relationship", ""],
    ["bestTime", BEST_TIMES[n % 4]],
    ["note", ""],
    ["voicemailOk", "yes"],
    ["textOk", "no"],
    ["consentCall", "on"],
  ];
  for (const [name, value] of fields) body.append(name, value);
  return body;
}

/** Two card photos of 10,000,000 bytes each (the form takes up to 10 MiB apiece): a 20 MB post. */
export function cardPhotos(): [Blob, Blob] {
  const photo = () => {
    // A JPEG's magic number; the server checks the bytes, not the name.
    const bytes = randomBytes(10_000_000);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(bytes);
    return new Blob([bytes], { type: "image/jpeg" });
  };
  return [photo(), photo()];
}

/** The n-th insurance check, for the person themselves, with both card photos (or none). */
export async function insuranceCheck(
  form: RenderedForm,
  n: number,
  photos: [Blob, Blob] | undefined,
  memberId = `W${100_000 + n}`,
): Promise<FormData> {
  const body = withHidden(form, await formToken("insurance-check"));
  const fields: Array<[string, string]> = [
    ["name", NAMES[n % NAMES.length]],
    ["phone", phoneNumber(n)],
    ["email", ""],
    ["coverageFor", "self"],
    ["relationship", ""],
    ["patientName", ""],
    ["patientDob", "1985-04-23"],
    ["policyholder", "patient"],
    ["holderName", ""],
    ["holderDob", ""],
    ["carrier", "aetna"],
    ["carrierOther", ""],
    ["memberId", memberId],
    ["groupNumber", ""],
    ["secondaryCarrier", ""],
    ["secondaryMemberId", ""],
    ["bestTime", BEST_TIMES[n % 4]],
    ["voicemailOk", "yes"],
    ["consentCall", "on"],
  ];
  for (const [name, value] of fields) body.append(name, value);
  if (photos) {
    body.append("cardFront", photos[0], "front.jpg");
    body.append("cardBack", photos[1], "back.jpg");
  }
  return body;
}

/**
 * A form post as a browser sends it, timed until the response's headers arrive. `newConnection`:
 * on a connection opened for this post and closed after it, as a visitor's browser arrives
 * (fetch keeps its sockets alive and sends the next post on one of them).
 */
export async function postForm(origin: string, page: string, body: FormData, newConnection = false) {
  if (newConnection) return postOnNewConnection(origin, page, body);
  const started = performance.now();
  // A browser sends Origin with every form POST; Next.js checks it against Host.
  const response = await fetch(`${origin}${page}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: origin, Referer: `${origin}${page}` },
  });
  return { response, startedAt: started, elapsed: performance.now() - started };
}

async function postOnNewConnection(origin: string, page: string, body: FormData) {
  // Encoded first, as a browser does before it connects.
  const encoded = new Request(`${origin}${page}`, { method: "POST", body });
  const bytes = Buffer.from(await encoded.arrayBuffer());
  const started = performance.now();
  return new Promise<{ response: Response; startedAt: number; elapsed: number }>((resolve, reject) => {
    const request = http.request(
      `${origin}${page}`,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": encoded.headers.get("content-type") ?? "",
          "content-length": bytes.length,
          origin,
          referer: `${origin}${page}`,
          connection: "close",
        },
      },
      (answer) => {
        const elapsed = performance.now() - started;
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("error", reject);
        answer.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          }
          const response = new Response(Buffer.concat(chunks), { status: answer.statusCode ?? 0, headers });
          resolve({ response, startedAt: started, elapsed });
        });
      },
    );
    request.on("error", reject);
    request.end(bytes);
  });
}

/** The reference in a confirmation redirect (`…/received?ref=LR-…`), or why there is none. */
export function referenceOf(
  response: Pick<Response, "status" | "headers">,
  formPath: string,
): { reference?: string; problem?: string } {
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303) return { problem: `${response.status} ${location}` };
  const url = new URL(location, "http://x");
  if (url.pathname !== `${formPath}/received`) return { problem: `303 to ${location}` };
  if (url.searchParams.get("already")) return { problem: `303 to ${location} (taken for a duplicate)` };
  const reference = url.searchParams.get("ref");
  return reference ? { reference } : { problem: `303 to ${location} without ?ref=` };
}

/** The page re-rendered with its message says why a post was refused. */
export function refusal(html: string): string {
  const alert = /role="(?:alert|status)"[^>]*>([^]*?)<\/(?:p|div)>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const fields = /fieldErrors&quot;:(\{.*?\})/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? "";
  return `${alert || "?"} ${fields}`.trim();
}
