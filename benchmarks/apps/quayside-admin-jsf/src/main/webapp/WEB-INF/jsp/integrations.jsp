<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
  <title>Integrations</title>
  <script>
    window.quaysideFlags = {
      host: '<c:out value="${posthogHost}"/>',
      projectKey: '<c:out value="${posthogProjectKey}"/>',
      secureKey: '<c:out value="${posthogSecureKey}"/>'
    };
  </script>
  <script src="${pageContext.request.contextPath}/js/flags-preview.js"></script>
</head>
<body>
  <h1>Integrations</h1>
  <p>PostHog personal key: <c:out value="${personalKeyHint}"/></p>
  <p><a href="<c:out value="${exportUrl}"/>">Download configuration</a></p>
</body>
</html>
