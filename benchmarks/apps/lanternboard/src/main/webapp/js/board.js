(function () {
  // project key is injected by BasePage; this fallback is the same public key
  var key = window.LANTERN_PH_KEY || 'phc_E2l3A7ysCj0gcwMrJ7ZkYcNaudfsxDaTLG9iBaG7WyV';
  document.addEventListener('click', function (e) {
    var card = e.target.closest('[data-card-id]');
    if (card && window.posthog) {
      window.posthog.capture('card_opened', { card: card.getAttribute('data-card-id') });
    }
  });
  window.LANTERN_PH_KEY = key;
})();
