import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { istEmail } from '../shared/index.ts';
import type { FeldFehler } from '../web/index.ts';
import { LOGIN_MUSTER, normalisiereLogin } from './konto.ts';
import { rollen as alleRollen, type Rolle } from './rollen.ts';
import { behoerdenNachAgs } from '../katalog/index.ts';

// Checks what is entered for an account (CLI, provider groups) before it is stored; messages per field.

export type KontoEingabe = {
  login: string;
  anzeigename: string;
  email?: string | null | undefined;
  rollen: string[];
  behoerden: string[];
};

function istRolle(r: string): r is Rolle {
  return (alleRollen as readonly string[]).includes(r);
}

export async function eingabePruefen(
  db: Db,
  e: Partial<KontoEingabe>,
  ausserKontoId?: string,
): Promise<FeldFehler> {
  const fehler: FeldFehler = {};
  if (e.login !== undefined) {
    const login = normalisiereLogin(e.login);
    if (!LOGIN_MUSTER.test(login)) {
      fehler.login =
        'Der Anmeldename muss 2 bis 63 Zeichen lang sein: Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, vorne ein Buchstabe oder eine Ziffer.';
    } else {
      const vorhanden = await db
        .selectFrom('personal_konto')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirst();
      if (vorhanden !== undefined && vorhanden.id !== ausserKontoId)
        fehler.login = `Den Anmeldenamen „${login}“ gibt es schon.`;
    }
  }
  if (e.anzeigename !== undefined) {
    const name = e.anzeigename.trim();
    if (name.length === 0) fehler.anzeigename = 'Geben Sie den Namen ein, der angezeigt werden soll.';
    else if (name.length > 200) fehler.anzeigename = 'Der Name darf höchstens 200 Zeichen lang sein.';
  }
  if (e.email !== undefined && e.email !== null && e.email.trim() !== '') {
    const email = e.email.trim();
    if (!istEmail(email)) {
      fehler.email = 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.';
    } else {
      const vorhanden = await db
        .selectFrom('personal_konto')
        .select('id')
        .where(sql<string>`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      if (vorhanden !== undefined && vorhanden.id !== ausserKontoId)
        fehler.email = 'Diese E-Mail-Adresse gehört schon zu einem anderen Konto.';
    }
  }
  if (e.rollen !== undefined) {
    const unbekannt = e.rollen.filter((r) => !istRolle(r));
    if (unbekannt.length > 0)
      fehler.rollen = `Unbekannte Rolle: ${unbekannt.join(', ')}. Möglich sind: ${alleRollen.join(', ')}.`;
    else if (e.rollen.length === 0) fehler.rollen = 'Wählen Sie mindestens eine Rolle.';
  }
  if (e.behoerden !== undefined) {
    const falsch = e.behoerden.filter((a) => !/^[0-9]{5}$/.test(a));
    if (falsch.length > 0) {
      fehler.behoerden = `Ein Sozialamt wird mit dem fünfstelligen Kreisschlüssel (AGS) angegeben, z. B. 13003; falsch: ${falsch.join(', ')}.`;
    } else if (e.behoerden.length > 0) {
      const bekannt = new Set((await behoerdenNachAgs(db, e.behoerden)).keys());
      const fehlt = e.behoerden.filter((a) => !bekannt.has(a));
      if (fehlt.length > 0)
        fehler.behoerden = `Ein Sozialamt mit dem Kreisschlüssel ${fehlt.join(', ')} gibt es nicht.`;
    }
    if (
      fehler.behoerden === undefined &&
      e.rollen?.includes('sachbearbeitung') === true &&
      e.behoerden.length === 0
    )
      fehler.behoerden = 'Ein Konto der Sachbearbeitung braucht mindestens ein Sozialamt.';
  }
  return fehler;
}

export const hatFehler = (f: FeldFehler) => Object.values(f).some((v) => v !== undefined);
