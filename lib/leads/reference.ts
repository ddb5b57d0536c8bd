import "server-only";
import { customAlphabet } from "nanoid";
import { center } from "@/lib/center/schema";

/**
 * Lead references like "LR-4K7M-Q9PD": short enough to read aloud, and without 0/O, 1/I/L
 * so nobody mishears or mistypes one. 31^8 ≈ 8.5e11 codes; storing refuses a taken one.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const code = customAlphabet(ALPHABET, 8);

/** Initials of the center's short name: "Lumen Ridge" → "LR". */
const referencePrefix =
  center.shortName
    .normalize("NFD")
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[^A-Za-z]/g, "")
        .charAt(0)
        .toUpperCase(),
    )
    .join("")
    .slice(0, 4) || "REF";

const PATTERN = new RegExp(`^[A-Z]{1,4}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);

export function newReference(): string {
  const random = code();
  return `${referencePrefix}-${random.slice(0, 4)}-${random.slice(4)}`;
}

export function isReference(value: string): boolean {
  return PATTERN.test(value);
}

/** A reference from a URL's query (the confirmation page's `?ref=`); anything else is ignored. */
export function readReference(value: string | string[] | undefined): string | null {
  return typeof value === "string" && isReference(value) ? value : null;
}

/** What staff type ("lr 4k7m q9pd") → "LR-4K7M-Q9PD", or undefined if it can't be one. */
export function parseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  const match = /^([A-Z]{1,4}?)([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(compact);
  const reference = match ? `${match[1]}-${match[2]}-${match[3]}` : input.trim().toUpperCase();
  return isReference(reference) ? reference : undefined;
}
