// Refreshes the progress of running runs (the elements with data-run-id) every few seconds. The pages work without
// it: it only saves reloading. When a run ends the page reloads to show its counts and outputs.
(function () {
  'use strict';
  function refresh() {
    var running = document.querySelectorAll('[data-run-id]');
    if (running.length === 0) {
      return;
    }
    var ids = Array.prototype.map.call(running, function (e) { return e.getAttribute('data-run-id'); });
    fetch(progressUrl() + '?ids=' + encodeURIComponent(ids.join(',')),
        { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) {
        rows.forEach(function (row) {
          var element = document.querySelector('[data-run-id="' + row.id + '"]');
          if (!element) {
            return;
          }
          if (!row.running) {
            location.reload();
            return;
          }
          set(element, 'status', row.status);
          set(element, 'duration', row.duration);
          set(element, 'progress', row.step + (row.rate ? ': ' + row.rate : ''));
        });
        window.setTimeout(refresh, 3000);
      })
      .catch(function () { window.setTimeout(refresh, 10000); });
  }
  function progressUrl() {
    var base = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace(/console\/console\.css.*$/, '');
    return base + 'runs/progress';
  }
  function set(element, field, text) {
    var target = element.querySelector('[data-field="' + field + '"]');
    if (target && text != null) {
      target.textContent = text;
    }
  }
  document.addEventListener('DOMContentLoaded', function () { window.setTimeout(refresh, 3000); });
}());
