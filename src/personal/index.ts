// The public API of personal/: what other parts may use. Everything else in the folder is internal.

export { PersonalLayout, personalKontext } from './personal-layout.tsx';
export type { PersonalKontext } from './personal-layout.tsx';
export { darfFaelleSehen, darfNachnutzungSehen } from './rollen.ts';
export type { PersonalSitzung } from './rollen.ts';
export { requirePersonal } from './zugang.tsx';
