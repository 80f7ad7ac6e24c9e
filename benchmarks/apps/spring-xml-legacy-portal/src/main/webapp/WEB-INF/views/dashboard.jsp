<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Partner Portal</title>
    <script src="${pageContext.request.contextPath}/static/js/partner-widgets.js"></script>
    <script>
        partnerAnalytics.start('<c:out value="${posthogProjectKey}"/>', '<c:out value="${posthogHost}"/>', '<c:out value="${partnerId}"/>');
    </script>
</head>
<body>
<h1>Welcome, <c:out value="${partnerId}"/></h1>
<c:choose>
    <c:when test="${newInvoiceView}"><div id="invoices" data-view="cards"></div></c:when>
    <c:otherwise><div id="invoices" data-view="table"></div></c:otherwise>
</c:choose>
</body>
</html>
