import type { ComponentChildren } from 'preact';

export function CsrfFeld({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Knopf({
  children,
  art = 'primary',
  name,
  wert,
}: {
  children: ComponentChildren;
  art?: 'primary' | 'secondary' | 'tertiary';
  name?: string;
  wert?: string;
}) {
  return (
    <button class={`kern-btn kern-btn--${art}`} type="submit" name={name} value={wert}>
      <span class="kern-label">{children}</span>
    </button>
  );
}
