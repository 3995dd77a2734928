// German labels of the timeline and audit entries (nachnutzung_ereignis.aktion).
export const aktionNamen: Record<string, string> = {
  interessenbekundung_erfasst: 'Interessenbekundung erfasst, E-Mail-Text erzeugt',
  interessenbekundung_gesendet: 'Interessenbekundung per E-Mail an die Koordinierende Stelle gesendet',
  interessenbekundung_eingang_bestaetigt: 'Eingang der Interessenbekundung bestätigt',
  bedingungen_hochgeladen: 'Neue Fassung der Nachnutzungsbedingungen hochgeladen',
  bedingungen_akzeptiert: 'Nachnutzungsbedingungen akzeptiert',
  bedingungen_erneut_akzeptiert: 'Neue Fassung der Nachnutzungsbedingungen akzeptiert',
  unterlage_hinzugefuegt: 'Unterlage hinzugefügt',
  unterlagen_bereitgestellt: 'Bestätigung und Unterlagen bereitgestellt',
  unterlage_empfangen: 'Empfang einer Unterlage bestätigt',
  verbindung_gespeichert: 'Verbindungsdaten gespeichert',
  verbindungstest_bestanden: 'Verbindungstest bestanden',
  verbindungstest_fehlgeschlagen: 'Verbindungstest fehlgeschlagen',
  technisch_angebunden: 'Technische Anbindung abgeschlossen',
  test_erfolgreich: 'Test als erfolgreich festgehalten',
  produktivsetzung_geplant: 'Produktivsetzung geplant',
  produktiv_gesetzt: 'Produktiv gesetzt',
  produktivsetzung_nicht_ausgefuehrt: 'Geplante Produktivsetzung nicht ausgeführt',
  voruebergehende_abmeldung_geplant: 'Vorübergehende Abmeldung geplant',
  voruebergehend_abgemeldet: 'Vorübergehend abgemeldet',
  voruebergehende_abmeldung_zurueckgenommen: 'Geplante vorübergehende Abmeldung zurückgenommen',
  wiederaufgenommen: 'Wieder aufgenommen',
  kuendigung_angekuendigt: 'Dauerhafte Abmeldung (Kündigung) beim MiK angekündigt',
  abmeldung_wirksam: 'Abmeldung wirksam, keine neuen Online-Anträge mehr',
  entwurfsmitteilungen_vorgemerkt:
    'Besitzer begonnener Entwürfe werden per E-Mail auf den schriftlichen Weg hingewiesen',
  entkopplung_erledigt: 'Entkopplung: Punkt erledigt',
  entkopplung_wieder_offen: 'Entkopplung: Punkt wieder offen',
  mail_gesendet: 'E-Mail gesendet',
  mail_fehlgeschlagen: 'E-Mail konnte nicht gesendet werden',
  kontakt_angelegt: 'Ansprechpartner hinzugefügt',
  kontakt_geloescht: 'Ansprechpartner entfernt',
  export_csv: 'Übersicht als CSV exportiert',
};

export function aktionName(aktion: string): string {
  return aktionNamen[aktion] ?? aktion;
}
