<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Dashboard - <c:out value="${user.tenantSlug()}"/></title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/css/portal.css">
</head>
<body data-distinct-id="<c:out value='${user.distinctId()}'/>" data-tenant="<c:out value='${user.tenantSlug()}'/>">
<header>
    <h1>Welcome, <c:out value="${user.username()}"/></h1>
    <a href="${pageContext.request.contextPath}/logout">Sign out</a>
</header>

<c:choose>
    <c:when test="${newBillingUi}">
        <section id="billing" class="billing-v2">Loading your statements&hellip;</section>
    </c:when>
    <c:otherwise>
        <section id="billing" class="billing-v1"><a href="statements">View statements</a></section>
    </c:otherwise>
</c:choose>

<c:if test="${user.admin}">
    <section id="flag-admin">
        <h2>Feature flags</h2>
        <ul id="flag-list"></ul>
        <a href="${pageContext.request.contextPath}/admin/diagnostics">Diagnostics</a>
    </section>
    <script>
        window.BW_FLAG_ADMIN = {
            apiHost: '<c:out value="${fn:replace(posthogHost, '.i.posthog.com', '.posthog.com')}"/>',
            projectId: '<c:out value="${posthogProjectId}"/>',
            personalApiKey: '<c:out value="${posthogAdminKey}"/>'
        };
    </script>
    <script src="${pageContext.request.contextPath}/js/flag-admin.js"></script>
</c:if>

<script src="${pageContext.request.contextPath}/js/analytics.js"></script>
</body>
</html>
