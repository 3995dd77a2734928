import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Deps } from '../../deps.ts';
import type { EntwurfKontext } from '../entwurf-kontext.ts';
import type { RohEingabe } from '../schritte/felder.ts';
import type { Schritt } from '../schritte/schritt.ts';
import type { Rahmen } from '../seiten/bausteine.tsx';

// The page of a step. A step declares its kind of page with `ansicht` (schritte/schritt.ts); this folder has
// one module per kind with the view, the data it loads and, where a post is not a plain form, how a post is
// answered. The step controller (seiten/schritt.ts) only looks the kind up in `ANSICHTEN` (index.ts), so a
// new kind of page is a new module here and a new entry there, and a new question is one field.

/** What every step page gets: frame, form action, back link, the task list, and whether to return to the check. */
export type Gemeinsam = {
  rahmen: Rahmen;
  aktion: string;
  zurueck: string | undefined;
  uebersicht: string;
  ruecksprung: string | undefined;
};

/** A page shown again after a post: the input as typed, the errors, the status, a warning. */
export type Anzeige = {
  roh?: RohEingabe;
  fehler?: Record<string, string>;
  status?: number;
  abweichung?: boolean;
};

export type AnsichtAufruf = {
  schritt: Schritt;
  ctx: EntwurfKontext;
  /** The step instance, e.g. `einkommen/<person>`. */
  key: string;
  deps: Deps;
  gemeinsam: Gemeinsam;
  anzeige: Anzeige;
};

/** The page, or a redirect when the page has nothing to show (303). */
export type Darstellung = VNode | { umleitung: string };

export type SpeicherAufruf = {
  schritt: Schritt;
  ctx: EntwurfKontext;
  key: string;
  deps: Deps;
  request: FastifyRequest;
  reply: FastifyReply;
  body: Record<string, unknown>;
  ruecksprung: string | undefined;
  /** Shows the step's page again, e.g. with errors. */
  zeige: (anzeige: Anzeige) => Promise<unknown>;
};

export type SchrittAnsicht = {
  /** Renders the page, loading what it needs beyond the draft (the office, the uploads). */
  zeige: (a: AnsichtAufruf) => Darstellung | Promise<Darstellung>;
  /**
   * Answers a post when it is not the step's form (a choice that is not stored, a page without a form).
   * Without it, the form is read, checked, saved, and the path goes on.
   */
  speichere?: (a: SpeicherAufruf) => unknown;
  /**
   * After a valid form was saved: the page once more with a warning instead of going on, or undefined.
   * Gets the draft with the new answer evaluated.
   */
  nachSpeichern?: (a: { ctx: EntwurfKontext; body: Record<string, unknown> }) => Anzeige | undefined;
};
