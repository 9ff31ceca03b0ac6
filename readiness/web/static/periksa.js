// The self-assessment works without this file. With it: a document's fields show only after
// "Ya", and the draft is also kept in this browser's storage (a lost cookie does not lose it).
(function () {
  "use strict";
  var forms = document.querySelectorAll("form");
  var key = "rd_periksa_draft";
  forms.forEach(function (f) {
    var d = f.querySelector("input[name=draft]");
    if (!d) { return; }
    try {
      if (f.dataset.empty === "1" && window.localStorage.getItem(key)) {
        d.value = window.localStorage.getItem(key);
      } else if (f.dataset.empty !== "1") {
        window.localStorage.setItem(key, d.value);
      }
    } catch (e) { /* storage refused: the cookie and the form still carry the draft */ }
  });
  document.querySelectorAll("form.restart").forEach(function (f) {
    f.addEventListener("submit", function () {
      try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
    });
  });
  document.querySelectorAll(".q fieldset").forEach(function (fs) {
    var parts = fs.querySelector(".parts");
    if (!parts) { return; }
    var radios = fs.querySelectorAll(":scope > .opts input[type=radio]");
    function update() {
      var yes = fs.querySelector(":scope > .opts input[value=ya]:checked");
      var bad = parts.querySelector(".bad");
      parts.classList.toggle("js-hidden", !yes && !bad);
    }
    radios.forEach(function (r) { r.addEventListener("change", update); });
    update();
  });
}());
