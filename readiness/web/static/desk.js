/* The vendor desk's progress bar: poll the job's JSON and move the bar; reload the page
   once the job is done (the page works without this: it refreshes itself every 3 s). */
(function () {
  "use strict";
  var box = document.getElementById("progress");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-status");
  var template = box.getAttribute("data-count") || "{done}/{total}";
  var bar = document.getElementById("bar");
  var count = document.getElementById("count");
  var delay = 1000;
  function tick() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (s) {
        if (s.status === "done" || s.status === "failed") { window.location.reload(); return; }
        bar.value = s.percent;
        bar.textContent = Math.round(s.percent) + "%";
        if (s.total) {
          count.textContent = template.replace("{done}", s.done).replace("{total}", s.total);
        }
        delay = 1000;
        window.setTimeout(tick, delay);
      })
      .catch(function () { delay = Math.min(delay * 2, 15000); window.setTimeout(tick, delay); });
  }
  window.setTimeout(tick, 500);
})();
