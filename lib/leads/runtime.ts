import "server-only";
import type { DeliveryReport } from "@/lib/leads/delivery";

/**
 * The delivery loop's state, kept on globalThis: Next can load server code in more than
 * one bundle layer, each with its own copy of these modules, and "start once", "one pass at
 * a time" and "never two sends of one lead" must hold for the whole process.
 */
export type Runtime = {
  started: boolean;
  timer?: NodeJS.Timeout;
  pass?: Promise<DeliveryReport>;
  rerun: boolean;
  inFlight: Set<string>;
  /** Lead directories known to be sent, so later passes skip reading them. */
  sent: Set<string>;
};
const RUNTIME = Symbol.for("lead-delivery.runtime");

export function runtime(): Runtime {
  const holder = globalThis as typeof globalThis & { [RUNTIME]?: Runtime };
  holder[RUNTIME] ??= { started: false, rerun: false, inFlight: new Set(), sent: new Set() };
  return holder[RUNTIME];
}
