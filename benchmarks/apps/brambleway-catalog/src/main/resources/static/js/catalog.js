(function () {
  var cfg = window.BRAMBLEWAY || { posthogKey: 'phc_TnYammqfDb4Qcm6mfKJd9Q2L3WcxyEy4LQ8hsx7pBmzC' };
  var button = document.getElementById('add-to-cart');
  if (button) {
    button.addEventListener('click', function () {
      posthog.capture('add_to_cart', { product_id: button.getAttribute('data-product') });
      fetch('/cart', { method: 'POST', body: new URLSearchParams({ product: button.getAttribute('data-product') }) });
    });
  }
  if (!window.posthog || !window.posthog.__loaded) {
    window.posthog && window.posthog.init(cfg.posthogKey, { api_host: cfg.posthogHost || 'https://us.i.posthog.com' });
  }
})();
