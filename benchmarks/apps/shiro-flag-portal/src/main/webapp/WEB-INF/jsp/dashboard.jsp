<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
  <title>Feature flags - ${requestScope.projectName}</title>
  <script src="${pageContext.request.contextPath}/static/posthog-init.js"></script>
  <script>
    window.portalConfig = {
      projectKey: '${requestScope.posthogProjectKey}',
      host: '${requestScope.posthogHost}',
      catalogKey: '${requestScope.catalogKey}'
    };
  </script>
</head>
<body>
  <h1>Feature flags for ${requestScope.projectName}</h1>
  <p>Signed in as <c:out value="${requestScope.username}"/></p>
  <table class="flags">
    <tr><th>Key</th><th>Active</th><th>Rollout</th></tr>
    <c:forEach items="${requestScope.flags}" var="flag">
      <tr>
        <td><c:out value="${flag.key()}"/></td>
        <td>${flag.active()}</td>
        <td>${flag.rolloutPercentage()}%</td>
      </tr>
    </c:forEach>
  </table>
</body>
</html>
