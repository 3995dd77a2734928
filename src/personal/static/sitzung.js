// Progressive enhancement for staff pages: warns two minutes before the session ends, and says when it has
// ended. The page shows the end time and the "Sitzung verlängern" button without this script. The script
// never calls the server (that would extend the session by itself).
(function () {
  'use strict';
  var hinweis = document.getElementById('sitzungshinweis');
  var warnung = document.getElementById('sitzungswarnung');
  if (!hinweis || !warnung) return;
  var rest = Number(hinweis.getAttribute('data-restsekunden'));
  if (!(rest > 0)) return;

  function zeige(art, text) {
    warnung.textContent = '';
    var box = document.createElement('div');
    box.className = 'kern-alert kern-alert--' + art;
    var body = document.createElement('div');
    body.className = 'kern-alert__body';
    var p = document.createElement('p');
    p.className = 'kern-body';
    p.textContent = text;
    body.appendChild(p);
    box.appendChild(body);
    warnung.appendChild(box);
  }

  window.setTimeout(
    function () {
      zeige(
        'warning',
        'Ihre Sitzung endet in 2 Minuten. Wählen Sie „Sitzung verlängern“, damit Sie angemeldet bleiben. Nicht gespeicherte Eingaben gehen sonst verloren.',
      );
    },
    Math.max(0, (rest - 120) * 1000),
  );
  window.setTimeout(function () {
    zeige(
      'danger',
      'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an; „Sitzung verlängern“ führt Sie zur Anmeldung.',
    );
  }, rest * 1000);
})();
