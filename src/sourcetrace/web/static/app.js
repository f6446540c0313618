// sourcetrace web app: the only script, served from this origin (the CSP forbids inline script).
// It sends entity merge/split/rename decisions (stored as `sourcetrace entity ...` stores them) with the API token the user types; the token
// is held only in this page's memory and sent in the Authorization header.
"use strict";

(function () {
  function splitMentions(value) {
    return value.split(",").map(function (part) { return part.trim(); }).filter(Boolean)
      .map(function (ref) {
        var bits = ref.split(":");
        var end = parseInt(bits.pop(), 10), start = parseInt(bits.pop(), 10);
        return { article_id: bits.join(":"), start: start, end: end };
      });
  }

  function decisionBody(form) {
    var action = form.dataset.action, entity = form.dataset.entity;
    var body = { entities: [entity] };
    if (action === "merge") { body.entities.push(form.elements.other.value.trim()); }
    if (action === "rename") { body.name = form.elements.name.value.trim(); }
    if (action === "split") {
      if (form.elements.alias.value) { body.alias = form.elements.alias.value; }
      body.mentions = splitMentions(form.elements.mentions.value);
      if (form.elements.name.value.trim()) { body.name = form.elements.name.value.trim(); }
    }
    return body;
  }

  function show(message, ok) {
    var out = document.getElementById("decision-result");
    out.textContent = message;
    out.className = "decision-result " + (ok ? "ok" : "error");
  }

  document.querySelectorAll("form.decision").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var token = document.getElementById("api-token").value.trim();
      fetch("/api/v1/entities/" + form.dataset.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
        body: JSON.stringify(decisionBody(form))
      }).then(function (response) {
        return response.json().then(function (data) {
          if (response.ok) {
            show(form.dataset.action + " saved", true);
            // The entity to show now: the merged or renamed one, or the one a split made.
            var target = data.entity_id;
            if (target) { window.location.assign("/entities/" + encodeURIComponent(target)); }
          } else {
            var detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
            show(response.status + ": " + detail, false);
          }
        });
      }).catch(function (error) { show("request failed: " + error, false); });
    });
  });
})();
