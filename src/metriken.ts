import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

// The process's metrics for operators (Prometheus, served by betrieb/metriken.ts). Counters live here, in the
// shared frame, so that every part can count its events; state that the database knows (queue depth, dead
// jobs) is read from it at scrape time, so any process shows the whole installation's state.

export const metrikRegister = new Registry();
collectDefaultMetrics({ register: metrikRegister });

export const metriken = {
  anfrageDauer: new Histogram({
    name: 'http_anfrage_dauer_sekunden',
    help: 'Dauer der HTTP-Anfragen nach Methode, Routenmuster und Status',
    labelNames: ['methode', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrikRegister],
  }),
  antraegeEingereicht: new Counter({
    name: 'antraege_eingereicht_total',
    help: 'Eingereichte Anträge',
    registers: [metrikRegister],
  }),
  zustellungen: new Counter({
    name: 'zustellungen_total',
    help: 'Zustellversuche nach Ergebnis (delivered, sent, failed, dead)',
    labelNames: ['ergebnis'] as const,
    registers: [metrikRegister],
  }),
  anmeldungenAbgelehnt: new Counter({
    name: 'anmeldungen_abgelehnt_total',
    help: 'Abgelehnte Anmeldungen nach Weg (passwort, bundid) und Grund',
    labelNames: ['weg', 'grund'] as const,
    registers: [metrikRegister],
  }),
  loeschungen: new Counter({
    name: 'loeschungen_total',
    help: 'Nach Löschregel gelöschte Datensätze nach Regel',
    labelNames: ['regel'] as const,
    registers: [metrikRegister],
  }),
};
