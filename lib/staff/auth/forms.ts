/**
 * State of the staff sign-in and set-up forms, shared by the client forms and their Server
 * Actions. Passwords are never echoed back.
 */
export type SignInState = {
  step: "password" | "code";
  email: string;
  next?: string;
  codeKind?: "totp" | "recovery";
  message?: string;
};

export type SetupState = {
  step: "password" | "reshow" | "authenticator";
  token?: string;
  email?: string;
  /** The authenticator's QR code, an SVG made on the server from the otpauth:// URI. */
  qrSvg?: string;
  /** The same secret, for typing into an app by hand. */
  secret?: string;
  recoveryCodes?: string[];
  fieldErrors?: Partial<Record<"password" | "confirm" | "code", string>>;
  message?: string;
};
