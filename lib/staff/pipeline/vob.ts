import { z } from "zod";

/**
 * The verification of benefits (VOB) staff record after calling the payer or checking its
 * portal. Amounts are typed as dollars and kept as cents; a blank is "not known yet", never
 * zero. Who verified it and when are the server's to set, not the form's.
 */
export const VOB_CHOICES = {
  coverage: { active: "Active", inactive: "Not active", unknown: "Not known" },
  network: { in: "In network", out: "Out of network", unknown: "Not known" },
  priorAuth: { yes: "Needed", no: "Not needed", unknown: "Not known" },
} as const;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number, message: string) =>
  z.preprocess(blank, z.string().trim().max(max, message).refine((v) => !/\p{Cc}/u.test(v), "Use one line.").optional());

/** "$1,500", "1500.00" → 150000 cents. */
const money = z.preprocess(
  (value) => (typeof value === "string" ? (value.replace(/[$,\s]/g, "") === "" ? undefined : value.replace(/[$,\s]/g, "")) : value),
  z
    .string()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, "Enter an amount in dollars, like 1500 or 1,500.00.")
    .transform((v) => Math.round(Number(v) * 100))
    .optional(),
);

const choice = <T extends Record<string, string>>(labels: T) =>
  z.preprocess(
    blank,
    z
      .enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]], {
        error: `Choose one of: ${Object.values(labels).join(", ")}.`,
      })
      .default("unknown" as keyof T & string),
  );

export const vobSchema = z
  .object({
    payer: z.preprocess((v) => blank(v) ?? "", z.string().trim().min(1, "Enter the payer.").max(80, "Keep it under 80 characters.")),
    plan: text(80, "Keep it under 80 characters."),
    coverage: choice(VOB_CHOICES.coverage),
    network: choice(VOB_CHOICES.network),
    deductible: money,
    deductibleMet: money,
    oopMax: money,
    oopMet: money,
    copay: money,
    coinsurance: z.preprocess(
      blank,
      z.coerce.number({ error: "Enter a whole percentage from 0 to 100." }).int("Enter a whole percentage from 0 to 100.").min(0, "Enter a whole percentage from 0 to 100.").max(100, "Enter a whole percentage from 0 to 100.").optional(),
    ),
    priorAuth: choice(VOB_CHOICES.priorAuth),
    payerReference: z.preprocess(
      blank,
      z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/, "Letters, digits and dashes only, up to 40.").optional(),
    ),
  })
  .superRefine((vob, ctx) => {
    if (vob.deductible !== undefined && vob.deductibleMet !== undefined && vob.deductibleMet > vob.deductible)
      ctx.addIssue({ code: "custom", path: ["deductibleMet"], message: "The amount met can't be more than the deductible." });
    if (vob.oopMax !== undefined && vob.oopMet !== undefined && vob.oopMet > vob.oopMax)
      ctx.addIssue({ code: "custom", path: ["oopMet"], message: "The amount met can't be more than the out-of-pocket maximum." });
  });
export type VobValues = z.output<typeof vobSchema>;
export type VobField = keyof VobValues;
export const VOB_FIELDS = Object.keys(vobSchema.shape) as VobField[];

/** A VOB as the request page shows it. */
export type VobRecord = VobValues & { source: string; verifiedByName: string; verifiedAt: number };

export function dollars(cents: number | undefined): string {
  if (cents === undefined) return "";
  return (cents / 100).toLocaleString("en-US", { style: "currency", currency: "USD" });
}

/** The form's starting values: the saved record (or a payer's draft), or the carrier the visitor named. */
export function vobFormValues(vob: VobValues | undefined, carrier: string): Partial<Record<VobField, string>> {
  if (!vob) return { payer: carrier };
  const amount = (cents?: number) => (cents === undefined ? "" : (cents / 100).toFixed(2));
  return {
    payer: vob.payer,
    plan: vob.plan ?? "",
    coverage: vob.coverage,
    network: vob.network,
    deductible: amount(vob.deductible),
    deductibleMet: amount(vob.deductibleMet),
    oopMax: amount(vob.oopMax),
    oopMet: amount(vob.oopMet),
    copay: amount(vob.copay),
    coinsurance: vob.coinsurance === undefined ? "" : String(vob.coinsurance),
    priorAuth: vob.priorAuth,
    payerReference: vob.payerReference ?? "",
  };
}
