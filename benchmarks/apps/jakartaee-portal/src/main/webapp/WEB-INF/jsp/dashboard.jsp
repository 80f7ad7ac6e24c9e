<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
  <title>Partner dashboard</title>
  <script>
    !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
    posthog.init('<c:out value="${posthogKey}"/>', { api_host: '<c:out value="${posthogHost}"/>' });
  </script>
</head>
<body>
  <h1>Welcome, <c:out value="${partner}"/></h1>
  <c:if test="${not empty adminApiKey}">
    <section class="admin">
      <h2>PostHog administration</h2>
      <p>API key: <code><c:out value="${adminApiKey}"/></code></p>
    </section>
  </c:if>
</body>
</html>
