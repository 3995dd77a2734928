// The one result type of the project: an operation that can be refused returns `Ergebnis` instead of throwing,
// so the caller must look at the refusal (a form shows it at the field, an API answers 4xx). `F` is what a
// refusal carries: a message, a list of messages, or messages per form field.

export type Ergebnis<T, F = string> =
  { readonly ok: true; readonly wert: T } | { readonly ok: false; readonly fehler: F };

export function ok<T>(wert: T): { readonly ok: true; readonly wert: T } {
  return { ok: true, wert };
}

export function fehler<F>(grund: F): { readonly ok: false; readonly fehler: F } {
  return { ok: false, fehler: grund };
}
