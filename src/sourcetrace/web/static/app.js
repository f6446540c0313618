// sourcetrace web app: the only script, served from this origin (the CSP forbids inline script).
// It pans and zooms the entity graph, and sends entity merge/split/rename decisions (stored as `sourcetrace entity ...` stores them) with the API token the user types; the token
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

  // The entity graph: pan by dragging, zoom with the wheel or the buttons, by changing
  // the SVG's viewBox (the layout itself is computed on the server).
  var svg = document.getElementById("entity-graph");
  if (svg) {
    var full = { x: 0, y: 0, w: parseFloat(svg.dataset.width), h: parseFloat(svg.dataset.height) };
    var view = { x: full.x, y: full.y, w: full.w, h: full.h };
    var apply = function () {
      svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
      svg.classList.toggle("zoomed", view.w < full.w * 0.6);
    };
    var zoom = function (factor, cx, cy) {
      var w = Math.min(full.w * 2, Math.max(full.w / 20, view.w / factor));
      var ratio = w / view.w;
      view.x = cx - (cx - view.x) * ratio;
      view.y = cy - (cy - view.y) * ratio;
      view.w = w;
      view.h = view.h * ratio;
      apply();
    };
    var toGraph = function (event) {
      var box = svg.getBoundingClientRect();
      return { x: view.x + (event.clientX - box.left) / box.width * view.w,
               y: view.y + (event.clientY - box.top) / box.height * view.h };
    };
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var at = toGraph(event);
      zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, at.x, at.y);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.closest && event.target.closest("a")) { return; }  // keep links clickable
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var box = svg.getBoundingClientRect();
      view.x = drag.vx - (event.clientX - drag.x) / box.width * view.w;
      view.y = drag.vy - (event.clientY - drag.y) / box.height * view.h;
      apply();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var factor = parseFloat(button.dataset.zoom);
        if (!factor) { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); return; }
        zoom(factor, view.x + view.w / 2, view.y + view.h / 2);
      });
    });
  }
})();
