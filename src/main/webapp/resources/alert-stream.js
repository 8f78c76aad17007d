// alerting: listens to the officer's alert stream and re-reads the list (refreshAlerts, a p:remoteCommand) on every event
(function () {
  var state = document.getElementById('stream-state');
  var url = document.getElementById('alert-stream').getAttribute('data-url');
  if (!window.EventSource) { state.textContent = 'live updates unavailable: refreshing every 30 s'; return; }
  var source = new EventSource(url);
  source.onopen = function () { state.textContent = 'live'; };
  source.onerror = function () { state.textContent = 'reconnecting…'; };
  source.addEventListener('alert', function () { refreshAlerts(); });
  source.addEventListener('update', function () { refreshAlerts(); });
})();
