/**
 * Stores a request whose every text value is markup, straight into the store (the forms
 * would refuse most of it), so the staff pages can be shown to render it as text.
 * Run with tsx --conditions react-server, in the server's environment; prints the reference.
 */
import { closeDatabase } from "@/lib/db/connection";
import { storeLead } from "@/lib/leads/store";

const markup = (field: string) =>
  `<script>window.__xss="${field}"</script><img src=x onerror="window.__xss='${field}'">`;

async function main() {
  const now = new Date();
  const result = await storeLead(
    {
      kind: "call-request",
      language: "es",
      values: {
        name: markup("name"),
        phone: "+15035550187",
        email: markup("email"),
        about: "someone-else",
        relationship: "parent",
        bestTime: "evening",
        note: markup("note"),
        voicemailOk: "no",
        textOk: "yes",
        consentCall: true,
        consentSms: false,
      },
      sourcePage: `/request-a-call?${markup("page")}`,
      tokenNonce: `seed-${now.getTime()}-${Math.random()}`,
      tokenExpiresAt: new Date(now.getTime() + 3600_000),
    },
    now,
  );
  if (result.outcome === "token-used") throw new Error("token used");
  console.log(result.reference);
}

main().finally(() => closeDatabase());
