/** A reference as the lead pipeline writes it (e.g. "LR-4K7M-Q9PD"); anything else in a URL is ignored. */
export function readReference(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Z]{1,4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(value) ? value : null;
}
