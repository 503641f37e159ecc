// Only an improvement (docs/portaal.md, "Batch"): refreshes the progress of a batch job in place instead of the whole
// page, which without JavaScript reloads itself (<noscript><meta http-equiv="refresh">). When the job is done the page
// is loaded once more, with its table and download.
(function () {
    'use strict';
    var deel = document.getElementById('batch-voortgang');
    if (!deel || !window.fetch) {
        return;
    }

    var balk = deel.querySelector('progress');
    var status = deel.querySelector('[data-status]');
    var tekst = deel.querySelector('[data-tekst]');

    function vraag() {
        fetch(deel.getAttribute('data-voortgang'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (antwoord) { return antwoord.json(); })
            .then(function (v) {
                if (v.klaar) {
                    window.location.reload();
                    return;
                }

                balk.max = v.totaal;
                balk.value = v.verwerkt;
                balk.textContent = v.tekst;
                status.textContent = v.status;
                tekst.textContent = v.tekst;
                window.setTimeout(vraag, 2000);
            })
            .catch(function () { window.setTimeout(vraag, 5000); });
    }

    window.setTimeout(vraag, 2000);
}());
