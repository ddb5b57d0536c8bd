import { TextField } from "@/components/forms/text-field";
import type { FieldInput } from "@/components/forms/use-lead-form";
import { useFormWords } from "@/components/forms/form-words";

type ContactFieldsProps = {
  fields: Record<"name" | "phone" | "email", FieldInput>;
  errorFor: (name: string) => string | undefined;
  values: Partial<Record<string, string>>;
  emailHint?: string;
};

/** How to reach the person asking: the same three fields, worded the same, on both forms. */
export function ContactFields({ fields, errorFor, values, emailHint }: ContactFieldsProps) {
  const { words } = useFormWords();
  return (
    <>
      <TextField
        label={words.nameLabel}
        autoComplete="name"
        defaultValue={values.name}
        error={errorFor("name")}
        maxLength={100}
        {...fields.name}
      />
      <TextField
        label={words.phoneLabel}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        hint={words.phoneHint}
        defaultValue={values.phone}
        error={errorFor("phone")}
        maxLength={30}
        {...fields.phone}
      />
      <TextField
        label={words.emailLabel}
        type="email"
        autoComplete="email"
        optional
        hint={emailHint}
        defaultValue={values.email}
        error={errorFor("email")}
        maxLength={254}
        {...fields.email}
      />
    </>
  );
}
