// Progressive enhancement for the citizen's pages (application, status pages). Without it the page states when
// the session ends and offers "Sitzung verlängern" (WCAG 2.2.1). With it: two minutes before the end a warning
// at the top of the page with its own button to extend, and a notice once the session has ended. The script
// never calls the server by itself (that would extend the session without the citizen asking).
(function () {
  'use strict';
  var quelle = document.getElementById('buerger-sitzung');
  var ziel = document.getElementById('buerger-sitzung-warnung');
  if (!quelle || !ziel || !quelle.hasAttribute('data-restsekunden')) return;
  var sekunden = Number(quelle.getAttribute('data-restsekunden'));
  var formular = quelle.querySelector('form');
  if (!(sekunden >= 0) || !formular) return;

  function meldung(stufe, satz, mitKnopf) {
    while (ziel.firstChild) ziel.removeChild(ziel.firstChild);
    var rahmen = document.createElement('div');
    rahmen.className = 'kern-alert kern-alert--' + stufe;
    var inhalt = document.createElement('div');
    inhalt.className = 'kern-alert__body';
    var absatz = document.createElement('p');
    absatz.className = 'kern-body';
    absatz.textContent = satz;
    inhalt.appendChild(absatz);
    if (mitKnopf) {
      var knopf = document.createElement('button');
      knopf.type = 'button';
      knopf.className = 'kern-btn kern-btn--primary kern-btn--small';
      var beschriftung = document.createElement('span');
      beschriftung.className = 'kern-label';
      beschriftung.textContent = 'Sitzung verlängern';
      knopf.appendChild(beschriftung);
      knopf.addEventListener('click', function () {
        formular.submit();
      });
      inhalt.appendChild(knopf);
    }
    rahmen.appendChild(inhalt);
    ziel.appendChild(rahmen);
  }

  window.setTimeout(
    function () {
      meldung(
        'warning',
        'Ihre Sitzung endet in 2 Minuten. Möchten Sie angemeldet bleiben? Eingaben auf dieser Seite, die Sie noch nicht gespeichert haben, gehen sonst verloren.',
        true,
      );
    },
    Math.max(0, sekunden - 120) * 1000,
  );
  window.setTimeout(function () {
    meldung(
      'danger',
      'Ihre Sitzung ist abgelaufen. Gespeicherte Angaben bleiben erhalten. Wenn Sie weitermachen, melden Sie sich neu an und kommen zu dieser Seite zurück.',
      false,
    );
  }, sekunden * 1000);
})();
