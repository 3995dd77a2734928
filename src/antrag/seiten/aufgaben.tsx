import type { ComponentChildren } from 'preact';
import type { AbschnittStatus, AbschnittZustand } from '../flow.ts';
import { formatDatumLang } from '../../shared/index.ts';
import { AntragSeite, Ueberschrift, type Rahmen } from './bausteine.tsx';

// The task list (KERN kern-task-list): each section with its state, linked while it can be worked on.

const STATUS: Record<AbschnittStatus, { text: string; badge: string }> = {
  fertig: { text: 'Erledigt', badge: 'success' },
  'in-bearbeitung': { text: 'In Bearbeitung', badge: 'warning' },
  'nicht-begonnen': { text: 'Nicht begonnen', badge: 'info' },
  gesperrt: { text: 'Noch nicht möglich', badge: 'info' },
};

export function Aufgabenliste(p: {
  rahmen: Rahmen;
  basis: string;
  antragFuer?: string | undefined;
  abschnitte: AbschnittZustand[];
  vollstaendig: boolean;
  loeschdatum: string;
  fristHinweis?: ComponentChildren;
  /** Who is responsible and whether the application can be made online (before the first form page). */
  vorab?: ComponentChildren;
}) {
  const fertig = p.abschnitte.filter((a) => a.status === 'fertig').length;
  // The list has one more item than the sections: "Prüfen und absenden" (done only once submitted).
  const anzahl = p.abschnitte.length + 1;
  return (
    <AntragSeite titel="Ihr Antrag" rahmen={p.rahmen}>
      <Ueberschrift bereich="Übernahme von Mietrückständen">Ihr Antrag</Ueberschrift>
      {p.antragFuer !== undefined ? (
        <p class="kern-body kern-body--large">Antrag für {p.antragFuer}</p>
      ) : null}
      {p.vorab}
      {p.fristHinweis}
      <p class="kern-body">
        Sie haben {fertig} von {anzahl} Abschnitten erledigt. Sie können jederzeit unterbrechen: Ihr Entwurf
        wird am <strong>{formatDatumLang(p.loeschdatum)}</strong> gelöscht, wenn Sie ihn bis dahin nicht
        weiter bearbeiten. Jede Bearbeitung verlängert diese Frist.
      </p>
      <div class="knopfleiste">
        <a
          class="kern-btn kern-btn--primary"
          href={p.vollstaendig ? `${p.basis}/pruefen` : `${p.basis}/weiter`}
        >
          <span class="kern-label">{p.vollstaendig ? 'Antrag prüfen und absenden' : 'Weiter ausfüllen'}</span>
        </a>
      </div>
      <div class="kern-task-list">
        <h2 class="kern-task-list__header">
          <span class="kern-heading">Abschnitte</span>
        </h2>
        <ul class="kern-task-list__list">
          {p.abschnitte.map((a, i) => (
            <Aufgabe
              nummer={i + 1}
              titel={a.titel}
              status={a.status}
              href={a.status === 'gesperrt' ? undefined : `${p.basis}/${a.ziel}`}
              id={a.id}
            />
          ))}
          <Aufgabe
            nummer={p.abschnitte.length + 1}
            titel="Prüfen und absenden"
            status={p.vollstaendig ? 'nicht-begonnen' : 'gesperrt'}
            href={p.vollstaendig ? `${p.basis}/pruefen` : undefined}
            id="absenden"
          />
        </ul>
      </div>
      <p class="kern-body">
        <a class="kern-link" href={`${p.basis}/loeschen`}>
          Entwurf löschen
        </a>
      </p>
    </AntragSeite>
  );
}

function Aufgabe(p: {
  nummer: number;
  titel: string;
  status: AbschnittStatus;
  href: string | undefined;
  id: string;
}) {
  const statusId = `status-${p.id}`;
  const s = STATUS[p.status];
  return (
    <li class="kern-task-list__item">
      <div class="kern-task-list__title">
        {p.href !== undefined ? (
          <a
            class="kern-link kern-link--stretched kern-task-list__content-wrapper"
            href={p.href}
            aria-describedby={statusId}
          >
            <span class="kern-number">{p.nummer}</span>
            <span>{p.titel}</span>
          </a>
        ) : (
          <div class="kern-task-list__content-wrapper">
            <span class="kern-number">{p.nummer}</span>
            <span class="kern-body">{p.titel}</span>
          </div>
        )}
      </div>
      <div class="kern-task-list__status" id={statusId}>
        <span class={`kern-badge kern-badge--${s.badge}`}>
          <span class="kern-label kern-label--small">{s.text}</span>
        </span>
      </div>
    </li>
  );
}
