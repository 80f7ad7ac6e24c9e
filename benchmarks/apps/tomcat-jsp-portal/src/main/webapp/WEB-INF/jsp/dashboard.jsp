<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Partner dashboard</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/portal.css">
  <script>
    !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){/* posthog-js loader */})}(document,window.posthog||[]);
    posthog.init('${posthogProjectKey}', {
      api_host: '${posthogHost}',
      person_profiles: 'identified_only'
    });
    posthog.identify('user:${user.id}', { email: '${fn:escapeXml(user.email)}', org: '${fn:escapeXml(user.partnerOrg)}' });
  </script>
</head>
<body>
  <header>
    <h1>Welcome, <c:out value="${user.displayName}"/></h1>
    <span class="org"><c:out value="${user.partnerOrg}"/></span>
  </header>

  <main>
    <section id="orders"></section>

    <c:if test="${insightsBeta}">
      <section id="insights" data-host="${posthogHost}"></section>
      <script>
        window.PORTAL_INSIGHTS = { apiHost: '${posthogHost}', apiKey: '${insightsApiKey}' };
      </script>
      <script src="${pageContext.request.contextPath}/static/insights-widget.js"></script>
    </c:if>
  </main>
</body>
</html>
