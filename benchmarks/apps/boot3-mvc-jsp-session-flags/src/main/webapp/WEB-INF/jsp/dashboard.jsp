<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Quillmere Ledger</title>
    <script src="${pageContext.request.contextPath}/static/js/posthog-snippet.js"></script>
    <script>
        posthog.init('${posthogProjectKey}', {
            api_host: '${posthogHost}',
            person_profiles: 'identified_only'
        });
        posthog.identify('${username}');
        window.ledgerFlags = {
            secureKey: '${flagsSecureKey}'
        };
        <c:if test="${admin}">
        window.ledgerAdmin = {
            projectId: ${posthogProjectId},
            posthogToken: '${flagsAdminToken}'
        };
        </c:if>
    </script>
</head>
<body>
<h1>Welcome, <c:out value="${username}"/></h1>
<ul class="flags">
    <c:forEach var="flag" items="${flags}">
        <li><c:out value="${flag.key}"/>: <c:out value="${flag.value}"/></li>
    </c:forEach>
</ul>
<c:if test="${admin}">
    <a href="${pageContext.request.contextPath}/admin/flags/open">Open flags in PostHog</a>
</c:if>
<form method="post" action="${pageContext.request.contextPath}/logout">
    <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}"/>
    <button type="submit">Sign out</button>
</form>
</body>
</html>
