<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<!DOCTYPE html>
<html>
<head>
    <title>Feature flags (${flagCount})</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/admin.css">
    <script>
        !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(window.posthog._i).push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
        posthog.init('<c:out value="${projectApiKey}"/>', {api_host: '<c:out value="${posthogHost}"/>'});
        window.FLAG_ADMIN = {
            projectId: ${projectId},
            apiKey: '<c:out value="${personalApiKey}"/>'
        };
    </script>
    <script src="${pageContext.request.contextPath}/static/flags.js" defer></script>
</head>
<body>
<header>
    <h1>Feature flags</h1>
    <a href="${pageContext.request.contextPath}/admin/connection/open" target="_blank">Open in PostHog</a>
</header>
<c:if test="${not empty error}">
    <p class="error"><c:out value="${error}"/></p>
</c:if>
<table class="flags">
    <thead>
    <tr><th>Key</th><th>Name</th><th>Status</th><th></th></tr>
    </thead>
    <tbody>
    <c:forEach var="flag" items="${flags}">
        <tr>
            <td><code><c:out value="${flag.key}"/></code></td>
            <td><c:out value="${flag.name}"/></td>
            <td>${flag.active ? 'active' : 'off'}</td>
            <td><button class="toggle" data-flag-id="${flag.id}" data-active="${flag.active}">Toggle</button></td>
        </tr>
    </c:forEach>
    <c:if test="${empty flags}">
        <tr><td colspan="4">No flags found.</td></tr>
    </c:if>
    </tbody>
</table>
</body>
</html>
