<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>FlagDesk - Dashboard</title>
    <script src="${pageContext.request.contextPath}/static/posthog-array.js"></script>
    <script>
        posthog.init('${fn:escapeXml(posthogProjectKey)}', { api_host: '${fn:escapeXml(posthogHost)}' });
    </script>
</head>
<body>
<h1>Your features</h1>
<ul>
    <c:forEach var="flag" items="${flags}">
        <li><c:out value="${flag.key}"/>: <c:out value="${flag.value}"/></li>
    </c:forEach>
</ul>

<c:if test="${not empty posthogPersonalKey}">
    <div id="flag-editor"></div>
    <script>
        window.flagEditor = {
            apiHost: '${fn:escapeXml(posthogHost)}'.replace('.i.posthog.com', '.posthog.com'),
            authorization: 'Bearer ${fn:escapeXml(posthogPersonalKey)}'
        };
    </script>
    <script src="${pageContext.request.contextPath}/static/flag-editor.js"></script>
</c:if>
</body>
</html>
