import posthog from 'posthog-js';

posthog.init('phc_RTrkQ0TZWpwXQQRQcodZdV7iJrwM3cxsIlpBhAYz5fG', {
  api_host: 'https://eu.i.posthog.com',
  person_profiles: 'identified_only',
});

export async function loadProducts(category) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'query($c: String) { products(category: $c) { id name priceCents } }',
      variables: { c: category },
    }),
  });
  const { data } = await res.json();
  posthog.capture('catalog_viewed', { category, count: data.products.length });
  return data.products;
}
