import type { FastifyReply, FastifyRequest } from 'fastify';
import { personalKontext, type PersonalSitzung } from '../../personal/index.ts';
import { sendeSeite } from '../../web/index.ts';
import { VerwaltungsFehler, type Seitenkontext } from '../ansichten/verwaltung-layout.tsx';
import type { Akteur } from '../dienst/grundlagen.ts';

// Who may do what in the staff area, and the answers when they may not. The Land coordination sees every
// office; an office's own staff see their office only.

export const BASIS = '/verwaltung/nachnutzung';

export function kontextVon(request: FastifyRequest, reply: FastifyReply): Seitenkontext {
  const k = personalKontext(request, reply);
  return { ...k, csrf: k.csrfToken };
}

export const istKoordination = (p: PersonalSitzung): boolean => p.rollen.includes('land_koordination');

export const hatIrgendeinenZugriff = (p: PersonalSitzung): boolean =>
  istKoordination(p) || p.behoerden.length > 0;

export const akteurVon = (p: PersonalSitzung): Akteur => ({
  id: p.benutzerId,
  name: p.anzeigename,
  koordination: istKoordination(p),
});

export function verweigern(request: FastifyRequest, reply: FastifyReply, text?: string) {
  return sendeSeite(
    reply,
    <VerwaltungsFehler
      kontext={kontextVon(request, reply)}
      titel="Kein Zugriff"
      text={
        text ??
        'Die Nachnutzung eines Sozialamts sehen nur die Land-Koordination und die Mitarbeitenden dieses Sozialamts.'
      }
    />,
    403,
  );
}

export function nichtGefunden(request: FastifyRequest, reply: FastifyReply) {
  return sendeSeite(
    reply,
    <VerwaltungsFehler
      kontext={kontextVon(request, reply)}
      titel="Nicht gefunden"
      text="Diesen Eintrag gibt es nicht."
    />,
    404,
  );
}

/** Refuses steps only the Land coordination takes; null when the user may go on. */
export function nurKoordination(request: FastifyRequest, reply: FastifyReply) {
  return istKoordination(request.personal)
    ? null
    : verweigern(request, reply, 'Diesen Schritt führt die Land-Koordination (eGo MV / MiK) aus.');
}
