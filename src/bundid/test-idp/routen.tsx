import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { vertrauensniveaus } from '../identitaet.ts';
import type { Schluesselpaar } from '../schluessel.ts';
import { sendeSeite } from '../../web/index.ts';
import { findePersona, personas, type PersonaDaten } from './personas.ts';
import { Antwortseite, Bearbeitungsseite, Fehlerseite, Personenauswahl, type Weitergabe } from './seiten.tsx';
import { createTestIdp, TESTIDP_PFAD, type Anfrage } from './testidp.ts';

// Routes of the built-in BundID stand-in. Registered only when the configuration enables it, which it never
// does in production (loadConfig refuses to start).

const weitergabe = z.object({
  SAMLRequest: z.string().min(1).max(100_000),
  RelayState: z.string().max(600).optional(),
});

const feld = z.string().trim().max(200).default('');
const personaFelder = z.object({
  bpk2: feld,
  niveau: z.enum(vertrauensniveaus),
  anmeldeart: feld,
  vorname: feld,
  familienname: feld,
  geburtsname: feld,
  geburtsdatum: feld,
  geburtsort: feld,
  strasse: feld,
  plz: feld,
  ort: feld,
  land: feld,
  staatsangehoerigkeit: feld,
  geschlecht: feld,
  email: feld,
  postfach: feld,
}) satisfies z.ZodType<PersonaDaten>;

const standard = personas[0] as (typeof personas)[number];

/** The edit form's strings, for showing the form again; unknown fields are dropped. */
function personaAusFormular(body: Record<string, unknown>): PersonaDaten {
  const daten = { ...standard.daten };
  for (const name of Object.keys(daten) as (keyof PersonaDaten)[]) {
    const wert = body[name];
    if (name !== 'niveau' && typeof wert === 'string') daten[name] = wert.slice(0, 200);
  }
  return daten;
}

export function testIdpRouten(
  app: FastifyInstance,
  opts: { baseUrl: string; schluessel: Schluesselpaar; spMetadaten: string; jetzt: () => Date },
) {
  const idp = createTestIdp(opts);

  app.get(`${TESTIDP_PFAD}/metadata`, (_request, reply) =>
    reply.type('application/samlmetadata+xml; charset=utf-8').send(idp.metadaten()),
  );

  async function anfrageOderFehler(
    body: unknown,
    reply: FastifyReply,
  ): Promise<{ anfrage: Anfrage; weiter: Weitergabe } | undefined> {
    const daten = weitergabe.safeParse(body);
    if (!daten.success) {
      await sendeSeite(reply, <Fehlerseite text="Es kam keine Anmeldeanfrage (SAMLRequest) an." />, 400);
      return undefined;
    }
    try {
      const anfrage = await idp.anfragePruefen(daten.data.SAMLRequest);
      return {
        anfrage,
        weiter: {
          SAMLRequest: daten.data.SAMLRequest,
          RelayState: daten.data.RelayState ?? '',
          csrfToken: reply.generateCsrf(),
        },
      };
    } catch {
      reply.log.warn({ testidp: 'anfrage_abgelehnt' }, 'BundID-Testumgebung: AuthnRequest abgelehnt');
      await sendeSeite(
        reply,
        <Fehlerseite text="Die Anmeldeanfrage ist ungültig: Signatur, Aussteller oder Format stimmen nicht." />,
        400,
      );
      return undefined;
    }
  }

  // The service provider's login form posts here (HTTP-POST binding); a foreign-site post, so no CSRF token.
  app.post(`${TESTIDP_PFAD}/sso`, { config: { csrf: false } }, async (request, reply) => {
    const geprueft = await anfrageOderFehler(request.body, reply);
    if (geprueft === undefined) return reply;
    return sendeSeite(
      reply,
      <Personenauswahl weiter={geprueft.weiter} verlangtesNiveau={geprueft.anfrage.verlangtesNiveau} />,
    );
  });

  app.post(`${TESTIDP_PFAD}/anmelden`, async (request, reply) => {
    const geprueft = await anfrageOderFehler(request.body, reply);
    if (geprueft === undefined) return reply;
    const { anfrage, weiter } = geprueft;
    const body = request.body as Record<string, unknown>;
    const aktion = body.aktion;
    const persona = typeof body.persona === 'string' ? findePersona(body.persona) : undefined;

    if (aktion === 'abbrechen') {
      return sendeSeite(
        reply,
        <Antwortseite
          acsUrl={anfrage.acsUrl}
          samlResponse={idp.abbruchErstellen(anfrage)}
          relayState={weiter.RelayState}
          abgebrochen
        />,
      );
    }
    if (aktion === 'bearbeiten') {
      return sendeSeite(reply, <Bearbeitungsseite weiter={weiter} daten={(persona ?? standard).daten} />);
    }
    let daten: PersonaDaten;
    if (body.bearbeitet === 'ja') {
      const felder = personaFelder.safeParse(body);
      if (!felder.success) {
        return sendeSeite(
          reply,
          <Bearbeitungsseite
            weiter={weiter}
            daten={{ ...personaAusFormular(body), niveau: 'hoch' }}
            fehler={{ niveau: 'Bitte wählen Sie ein Vertrauensniveau aus.' }}
          />,
          400,
        );
      }
      daten = felder.data;
    } else if (persona === undefined) {
      return sendeSeite(
        reply,
        <Personenauswahl
          weiter={weiter}
          verlangtesNiveau={anfrage.verlangtesNiveau}
          fehler="Bitte wählen Sie eine Testperson aus."
        />,
        400,
      );
    } else {
      daten = persona.daten;
    }
    const samlResponse = await idp.antwortErstellen(anfrage, daten);
    return sendeSeite(
      reply,
      <Antwortseite acsUrl={anfrage.acsUrl} samlResponse={samlResponse} relayState={weiter.RelayState} />,
    );
  });
}
