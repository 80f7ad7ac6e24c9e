document.querySelectorAll(".posthog-dashboard").forEach(function (el) {
  fetch(el.dataset.dashboardUrl)
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var h = document.createElement("h3");
      h.textContent = d.name;
      el.appendChild(h);
      (d.tiles || []).forEach(function (t) {
        var p = document.createElement("p");
        p.textContent = (t.insight && t.insight.name) || "tile";
        el.appendChild(p);
      });
    });
});
