/**
 * Loaded with `node --import` into a staff test server and its commands
 * (tests/support/staff-server.ts) to run their clock FAKE_CLOCK_OFFSET_MS ahead: `Date` and
 * everything that reads it (review due dates, sessions, TOTP windows) lives that far in the
 * future, so a spec can see what the site shows on a later day. Timers are untouched.
 */
const offset = Number(process.env.FAKE_CLOCK_OFFSET_MS);
if (!Number.isFinite(offset)) throw new Error("FAKE_CLOCK_OFFSET_MS: must be a number of milliseconds");

const RealDate = Date;
const now = () => RealDate.now() + offset;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
});
