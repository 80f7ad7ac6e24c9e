// Renders the floating flag editor; reads window.flagToolbar set by toolbar.jte.
(function () {
  const cfg = window.flagToolbar || {};
  document.addEventListener("htmx:afterSwap", () => {
    document.body.dataset.posthogProject = String(cfg.projectId || "");
  });
})();
