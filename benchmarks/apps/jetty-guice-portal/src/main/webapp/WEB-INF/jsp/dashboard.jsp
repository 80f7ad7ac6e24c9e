<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html>
<head>
  <title>Feature flags - Northwind partner portal</title>
  <script>
    !function(t,e){/* posthog-js snippet trimmed */}(document,window.posthog||[]);
    posthog.init('${fn:escapeXml(posthogProjectKey)}', {api_host: '${fn:escapeXml(posthogHost)}'});
    window.FLAG_EDITOR = {secureKey: '${flagsSecureKey}'};
  </script>
</head>
<body>
<h1>Feature flags</h1>
<c:if test="${param.checked != null}">
  <p class="notice">PostHog answered with ${fn:escapeXml(param.checked)} flags.</p>
</c:if>
<form method="post" action="${pageContext.request.contextPath}/admin/dashboard">
  <button type="submit">Check PostHog now</button>
</form>
<table>
  <thead><tr><th>Key</th><th>Active</th><th>Rollout</th></tr></thead>
  <tbody>
  <c:forEach var="flag" items="${flags}">
    <tr>
      <td><c:out value="${flag.key()}"/></td>
      <td>${flag.active() ? 'yes' : 'no'}</td>
      <td>${flag.rolloutPercentage()} %</td>
    </tr>
  </c:forEach>
  </tbody>
</table>
</body>
</html>
