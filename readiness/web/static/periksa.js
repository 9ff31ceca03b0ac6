// The self-assessment works without this file. With it: a document's fields show only after
// "Ya", a product is added without a reload, and the draft is also kept in this browser's
// storage (a lost cookie does not lose it).
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
  // what follows an answer (a permit's number after "Sudah punya", the MPIG after a
  // geographical indication) shows once that answer is given: data-when names the answers
  // that show it (none: any answer)
  document.querySelectorAll(".q[data-when]").forEach(function (q) {
    var parts = q.querySelector(":scope > fieldset > .parts, :scope > .parts");
    if (!parts) { return; }
    var when = (q.dataset.when || "").split(" ").filter(Boolean);
    var inputs = q.querySelectorAll(":scope > fieldset > .opts input, :scope > fieldset > select, :scope > input");
    function answered() {
      var vals = [];
      inputs.forEach(function (el) {
        if (el.type === "radio" || el.type === "checkbox") {
          if (el.checked) { vals.push(el.value); }
        } else if (el.value.trim()) { vals.push(el.value.trim()); }
      });
      if (!when.length) { return vals.length > 0; }
      return vals.some(function (v) { return when.indexOf(v) >= 0; });
    }
    function update() {
      parts.classList.toggle("js-hidden", !answered() && !parts.querySelector(".bad"));
    }
    inputs.forEach(function (el) {
      el.addEventListener("change", update);
      el.addEventListener("input", update);
    });
    update();
  });
  var add = document.querySelector("button[value=add]");
  var count = document.querySelector("input[name=n]");
  if (add && count) {
    add.addEventListener("click", function (ev) {
      var blocks = document.querySelectorAll("section.product");
      var last = blocks[blocks.length - 1];
      var n = blocks.length;
      if (!last || n >= 5) { return; }
      ev.preventDefault();
      var copy = last.cloneNode(true);
      var from = "p" + (n - 1) + ".", to = "p" + n + ".";
      copy.id = "produk-" + n;
      copy.querySelectorAll("[name]").forEach(function (el) {
        el.name = el.name.replace(from, to);
        if (el.type === "checkbox" || el.type === "radio") { el.checked = false; } else { el.value = ""; }
        el.removeAttribute("aria-invalid");
      });
      copy.querySelectorAll("[id]").forEach(function (el) { el.id = el.id.replace("-p" + (n - 1) + "-", "-p" + n + "-"); });
      copy.querySelectorAll("label[for]").forEach(function (el) { el.htmlFor = el.htmlFor.replace("-p" + (n - 1) + "-", "-p" + n + "-"); });
      copy.querySelectorAll(".err").forEach(function (el) { el.remove(); });
      copy.querySelectorAll(".bad").forEach(function (el) { el.classList.remove("bad"); });
      var h = copy.querySelector("h2");
      if (h) { h.textContent = h.textContent.replace(/\d+/, String(n + 1)); }
      last.after(copy);
      count.value = String(n + 1);
      if (n + 1 >= 5) { add.hidden = true; }
      var first = copy.querySelector("input[type=text]");
      if (first) { first.focus(); }
    });
  }
}());
