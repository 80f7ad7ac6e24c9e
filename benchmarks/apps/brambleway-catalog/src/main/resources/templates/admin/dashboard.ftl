<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Catalog admin</title>
  <script>
    window.FLAGS_ADMIN = {
      apiHost: 'https://us.posthog.com',
      projectId: '${posthogProjectId}',
      personalKey: '${posthogPersonalKey}'
    };
  </script>
  <script src="/static/js/flags-admin.js" defer></script>
</head>
<body>
  <h1>Hello ${adminUser}</h1>
  <p>${lowStock} products are low on stock.</p>
  <ul id="flags">
    <#list flags as flag>
      <li data-flag="${flag}">${flag} <span class="rollout">…</span>
        <form method="post" action="/admin/flags/${flag}">
          <button name="active" value="true">On</button>
          <button name="active" value="false">Off</button>
        </form>
      </li>
    </#list>
  </ul>
</body>
</html>
