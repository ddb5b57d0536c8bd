/**
 * US (NANP) phone numbers. Hand-written rather than libphonenumber-js because this runs in
 * the form's client bundle too, where that library's metadata alone would exceed the
 * page's JavaScript budget; the rules for one country fit in a few lines.
 */
const NANP = /^([2-9]\d{2})([2-9]\d{2})(\d{4})$/;

/** Returns the number as +1XXXXXXXXXX, or null when it is not a valid US number. */
export function normalizeUsPhone(input: string): string | null {
  if (!/^[\d\s().+\-]*$/.test(input)) return null;
  let digits = input.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  return NANP.test(digits) ? `+1${digits}` : null;
}

/** "+15035550142" → "(503) 555-0142" */
export function formatUsPhone(e164: string): string {
  const match = NANP.exec(e164.replace(/^\+1/, ""));
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : e164;
}

export function telHref(e164: string): string {
  return `tel:${e164}`;
}

export function smsHref(e164: string): string {
  return `sms:${e164}`;
}
