import type { FastifyRequest } from 'fastify';

// The confirmations shown after a redirect (`?meldung=key`); unknown keys show nothing.

export const meldungen: Record<string, string> = {
  gesendet: 'Die Interessenbekundung wurde per E-Mail an die Koordinierende Stelle gesendet.',
  eingang: 'Der Eingang der Interessenbekundung ist bestätigt.',
  akzeptiert: 'Die Nachnutzungsbedingungen sind akzeptiert.',
  unterlage: 'Die Unterlage wurde hinzugefügt.',
  bereitgestellt: 'Bestätigung und Unterlagen sind bereitgestellt.',
  empfang: 'Der Empfang ist bestätigt.',
  verbindung: 'Die Verbindungsdaten sind gespeichert. Bitte führen Sie den Verbindungstest durch.',
  test_bestanden: 'Der Verbindungstest ist bestanden.',
  test_fehlgeschlagen: 'Der Verbindungstest ist fehlgeschlagen. Den Bericht finden Sie unten.',
  angebunden: 'Die technische Anbindung ist abgeschlossen.',
  test_erfolgreich: 'Der erfolgreiche Test ist festgehalten.',
  produktiv: 'Der Dienst ist produktiv.',
  produktiv_geplant: 'Die Produktivsetzung ist geplant und wird am gewählten Tag automatisch ausgeführt.',
  voruebergehend: 'Der Dienst ist vorübergehend abgemeldet. Der MiK wurde informiert.',
  voruebergehend_geplant: 'Die vorübergehende Abmeldung ist geplant. Der MiK wurde informiert.',
  wiederaufgenommen: 'Der Dienst ist wieder aufgenommen.',
  zurueckgenommen: 'Die geplante vorübergehende Abmeldung ist zurückgenommen.',
  gekuendigt: 'Die Kündigung ist angekündigt. Der MiK wurde informiert.',
  entkopplung: 'Die Checkliste ist aktualisiert.',
  kontakt: 'Der Ansprechpartner ist eingetragen.',
  kontakt_entfernt: 'Der Ansprechpartner ist entfernt.',
  bedingungen: 'Die neue Fassung der Nachnutzungsbedingungen ist gespeichert.',
};

export function meldungAus(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown>).meldung;
  return typeof key === 'string' ? meldungen[key] : undefined;
}
