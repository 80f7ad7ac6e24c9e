<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${product.name} | Brambleway</title>
  <script src="/config.js"></script>
  <script>
    !function(t,e){/* posthog-js loader snippet */}(document,window.posthog||[]);
    posthog.init('${posthogKey}', {api_host: '${posthogHost}', bootstrap: {distinctID: '${distinctId!""}'}});
  </script>
</head>
<body class="v3">
  <h1>${product.name}</h1>
  <p class="sku">SKU ${product.sku}</p>
  <p>${product.description}</p>
  <p class="price">${product.price}</p>
  <button id="add-to-cart" data-product="${product.id}">Add to cart</button>
  <script src="/static/js/catalog.js"></script>
</body>
</html>
