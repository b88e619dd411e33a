// The import page while a long import runs (ImportController): reads the job's progress every half second from
// the status address the page carries, shows it, and opens the result when the job has ended. Plain JavaScript in
// a file of its own, because the pages' Content-Security-Policy forbids inline script.
(function () {
  var box = document.getElementById('kemajuan');
  if (!box) {
    return;
  }
  var bar = box.querySelector('progress');
  var words = document.getElementById('kemajuan-pesan');

  function show(status) {
    words.textContent = status.pesan;
    if (status.jumlah > 0) {
      bar.max = status.jumlah;
      bar.value = status.baris;
    }
  }

  function poll() {
    fetch(box.getAttribute('data-status'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.json().then(function (status) {
          show(status);
          if (!response.ok) {
            return; // an import this session does not know: the message says what to do
          }
          if (status.keadaan === 'SELESAI' || status.keadaan === 'GAGAL') {
            window.location.assign(box.getAttribute('data-hasil'));
          } else {
            window.setTimeout(poll, 500);
          }
        });
      })
      .catch(function () {
        window.setTimeout(poll, 2000); // the server is busy or the network hiccupped: try again a little later
      });
  }

  window.setTimeout(poll, 500);
})();
