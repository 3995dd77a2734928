import { SAML, SamlStatusError } from '@node-saml/node-saml';
import { Ablehnung, ablehnen, type Ablehnungsgrund } from './ablehnung.ts';
import { identitaetAusAttributen, type Attribute } from './attribute.ts';
import { reichtAus, type BuergerIdentitaet } from './identitaet.ts';
import type { IdpMetadaten } from './idp-metadaten.ts';
import type { BundidKonfiguration } from './konfiguration.ts';
import { samlOptionen, type SamlPartner } from './saml-optionen.ts';
import { NS } from './xml.ts';
import { domAttribut, domKind, domKinder, domNachfahren, domText, leseXmlDokument } from '../shared/index.ts';

// The assertion after node-saml verified its signature and decrypted it: what node-saml does not check
// (Issuer, Destination, Recipient, the validity windows against the app clock, InResponseTo, the trust level)
// and the identity it carries.

const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
/** An assertion issued longer ago than this is refused, whatever its Conditions say. */
const HOECHSTALTER_MS = 10 * 60_000;

/** node-saml's verification (signatures, decryption, audience); returns the verified assertion. */
export async function verifizierteAssertion(samlResponse: string, partner: SamlPartner): Promise<Element> {
  let gepruefteAssertion: string;
  try {
    const { profile } = await new SAML(samlOptionen(partner)).validatePostResponseAsync({
      SAMLResponse: samlResponse,
    });
    const assertionXml = profile?.getAssertionXml?.();
    if (assertionXml === undefined) return ablehnen('ungueltig', 'keine Assertion');
    gepruefteAssertion = assertionXml;
  } catch (error) {
    if (error instanceof Ablehnung) throw error;
    return ablehnen(...nodeSamlFehler(error));
  }
  return leseXmlDokument(gepruefteAssertion).documentElement;
}

export type GepruefteAssertion = { identitaet: BuergerIdentitaet; anfrageId: string };

/** Reads only the verified assertion and the (signed, if configured) Response root. */
export function pruefeAssertion(
  assertion: Element,
  antwort: Element,
  k: { config: BundidKonfiguration; idp: IdpMetadaten; jetzt: number },
): GepruefteAssertion {
  const { config } = k;
  if (domText(domKind(assertion, NS.assertion, 'Issuer')) !== k.idp.entityId) {
    ablehnen('aussteller', 'Issuer der Assertion ist nicht der konfigurierte IdP');
  }
  if (domAttribut(antwort, 'Destination') !== config.acsUrl) {
    ablehnen('ziel_adresse', 'Destination ist nicht die ACS-URL');
  }
  const fenster = zeitfenster(k.jetzt, config.uhrenabweichungMs);
  const ausgestellt = zeit(domAttribut(assertion, 'IssueInstant'), 'IssueInstant');
  if (ausgestellt === undefined) return ablehnen('ungueltig', 'IssueInstant fehlt');
  if (ausgestellt > k.jetzt + config.uhrenabweichungMs)
    ablehnen('noch_nicht_gueltig', 'IssueInstant in der Zukunft');
  if (ausgestellt < k.jetzt - config.uhrenabweichungMs - HOECHSTALTER_MS)
    ablehnen('abgelaufen', 'IssueInstant zu alt');

  const bedingungen = domKind(assertion, NS.assertion, 'Conditions');
  fenster(bedingungen, 'Conditions');
  const zielgruppen = domNachfahren(bedingungen ?? assertion, NS.assertion, 'Audience').map((a) =>
    domText(a),
  );
  if (bedingungen === undefined || !zielgruppen.includes(config.spEntityId)) {
    ablehnen('zielgruppe', 'Audience ist nicht die SP-Entity-ID');
  }

  const anfrageId = pruefeBestaetigung(assertion, antwort, config.acsUrl, fenster);
  return { identitaet: identitaetAus(assertion, config), anfrageId };
}

/** The one bearer SubjectConfirmation: Recipient, validity and the id of our AuthnRequest. */
function pruefeBestaetigung(
  assertion: Element,
  antwort: Element,
  acsUrl: string,
  fenster: ReturnType<typeof zeitfenster>,
): string {
  const bestaetigung = domKinder(
    domKind(assertion, NS.assertion, 'Subject') ?? assertion,
    NS.assertion,
    'SubjectConfirmation',
  )
    .filter((s) => domAttribut(s, 'Method') === BEARER)
    .map((s) => domKind(s, NS.assertion, 'SubjectConfirmationData'))
    .filter((d): d is Element => d !== undefined);
  if (bestaetigung.length !== 1) ablehnen('ungueltig', 'genau eine Bearer-SubjectConfirmation erwartet');
  const daten = bestaetigung[0] as Element;
  if (domAttribut(daten, 'Recipient') !== acsUrl) {
    ablehnen('empfaenger', 'Recipient ist nicht die ACS-URL');
  }
  if (fenster(daten, 'SubjectConfirmationData') === undefined) {
    ablehnen('ungueltig', 'SubjectConfirmationData ohne NotOnOrAfter');
  }
  const anfrageId = domAttribut(daten, 'InResponseTo');
  const anfrageIdAntwort = domAttribut(antwort, 'InResponseTo');
  if (anfrageId === undefined || anfrageId === '') return ablehnen('unaufgefordert', 'ohne InResponseTo');
  if (anfrageIdAntwort !== undefined && anfrageIdAntwort !== anfrageId) {
    ablehnen('unaufgefordert', 'InResponseTo von Antwort und Assertion verschieden');
  }
  return anfrageId;
}

function identitaetAus(assertion: Element, config: BundidKonfiguration): BuergerIdentitaet {
  const authnContext = domText(
    domNachfahren(
      domKind(assertion, NS.assertion, 'AuthnStatement') ?? assertion,
      NS.assertion,
      'AuthnContextClassRef',
    )[0],
  );
  const abbildung = identitaetAusAttributen(attributeAus(assertion), authnContext);
  if (!abbildung.ok) return ablehnen(abbildung.grund, 'Attribute unvollständig');
  const { identitaet } = abbildung;
  if (!reichtAus(identitaet.vertrauensniveau, config.mindestniveau)) {
    ablehnen(
      'niveau_zu_niedrig',
      `Vertrauensniveau ${identitaet.vertrauensniveau}, verlangt ${config.mindestniveau}`,
    );
  }
  return identitaet;
}

function zeit(wert: string | undefined, name: string): number | undefined {
  if (wert === undefined) return undefined;
  const ms = Date.parse(wert);
  return Number.isNaN(ms) ? ablehnen('ungueltig', `${name} ist kein Zeitpunkt`) : ms;
}

/** Checks NotBefore/NotOnOrAfter of an element against the app clock; returns NotOnOrAfter. */
function zeitfenster(jetzt: number, skew: number) {
  return (el: Element | undefined, wo: string): number | undefined => {
    const vor = zeit(domAttribut(el, 'NotBefore'), `${wo} NotBefore`);
    const bis = zeit(domAttribut(el, 'NotOnOrAfter'), `${wo} NotOnOrAfter`);
    if (vor !== undefined && jetzt + skew < vor) ablehnen('noch_nicht_gueltig', `${wo} NotBefore`);
    if (bis !== undefined && jetzt - skew >= bis) ablehnen('abgelaufen', `${wo} NotOnOrAfter`);
    return bis;
  };
}

function attributeAus(assertion: Element): Attribute {
  const ergebnis: Attribute = {};
  for (const aussage of domKinder(assertion, NS.assertion, 'AttributeStatement')) {
    for (const a of domKinder(aussage, NS.assertion, 'Attribute')) {
      const name = domAttribut(a, 'Name');
      if (name === undefined) continue;
      const werte = domKinder(a, NS.assertion, 'AttributeValue')
        .map((v) => v.textContent)
        .filter((v) => v.trim() !== '');
      if (werte.length > 0) ergebnis[name] = werte.length === 1 ? werte[0] : werte;
    }
  }
  return ergebnis;
}

/** node-saml's error texts mapped to reason codes; the texts themselves never reach the browser. */
function nodeSamlFehler(error: unknown): [Ablehnungsgrund, string] {
  if (error instanceof SamlStatusError) return ['status', 'Status ungleich Success'];
  const meldung = error instanceof Error ? error.message : '';
  if (/audience/i.test(meldung)) return ['zielgruppe', 'Audience passt nicht'];
  if (/signature/i.test(meldung)) return ['signatur', 'Signatur ungültig oder fehlt'];
  if (/decrypt|encrypt|oaep/i.test(meldung)) return ['entschluesselung', 'Entschlüsselung fehlgeschlagen'];
  return ['ungueltig', 'node-saml hat die Antwort abgelehnt'];
}
