<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Partner Portal</title>
    <script>
        !function(t,e){/* posthog-js loader snippet */}(document,window.posthog||[]);
        posthog.init('<c:out value="${posthogProjectKey}"/>', {api_host: '<c:out value="${posthogHost}"/>'});
    </script>
</head>
<body>
<h1>Welcome</h1>
<ul>
    <c:forEach var="p" items="${partners}">
        <li><c:out value="${p.name}"/> (<c:out value="${p.region}"/>)</li>
    </c:forEach>
</ul>
<c:if test="${flags['new-order-grid']}"><a href="/orders?grid=v2">Try the new order grid</a></c:if>
</body>
</html>
