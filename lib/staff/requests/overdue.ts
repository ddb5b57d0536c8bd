import { describeCallback, type CallbackCenter } from "@/lib/center/hours";

/**
 * When a request is past the callback its visitor was promised: the confirmation said "within
 * about N minutes" while admissions was open, otherwise "after <next opening>", so the promise
 * runs N minutes from receipt or from that opening. Pure, so it is tested across time zones
 * and hours, and the inbox's browser code can re-check it as time passes.
 */
export function callbackDueAt(receivedAt: Date, center: CallbackCenter): Date {
  const window = describeCallback(receivedAt, center);
  const from = window.openNow ? receivedAt : (window.nextOpen ?? receivedAt);
  return new Date(from.getTime() + center.callbackMinutes * 60_000);
}

/** Someone is on it (a status change, or a colleague holding it) or the promise still holds. */
export function isOverdue(
  request: { receivedAt: Date; status: string; holderId?: string | null },
  now: Date,
  center: CallbackCenter,
): boolean {
  if (request.status !== "new" || request.holderId) return false;
  return now.getTime() > callbackDueAt(request.receivedAt, center).getTime();
}
