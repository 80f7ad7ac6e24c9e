<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Feature flags</title>
    <script>
        window.FLAG_PREVIEW = {
            secureKey: '${flagsSecureKey}',
            pollSeconds: ${pollIntervalSeconds}
        };
    </script>
    <script src="/js/flag-preview.js"></script>
</head>
<body>
<p>Server key: <c:out value="${personalKeyHint}"/> <a href="/admin/flags/open">Open in PostHog</a></p>
<table>
    <c:forEach var="f" items="${definitions}">
        <tr><td><c:out value="${f.key}"/></td><td><c:out value="${f.active}"/></td></tr>
    </c:forEach>
</table>
</body>
</html>
