<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Partner Portal - Feature flags</title>
    <script>
        var flagAdmin = {
            host: '${posthogHost}',
            apiKey: '${flagsApiKey}'
        };
    </script>
    <script src="${pageContext.request.contextPath}/static/js/flag-admin.js"></script>
</head>
<body>
<h1>Feature flags</h1>
<p>Personal API key: <code><c:out value="${personalKeyMasked}"/></code>
   (previous: <c:out value="${personalKeyHint}"/>)</p>
<table id="flags"></table>
<form method="post" action="${pageContext.request.contextPath}/admin/flags/diagnose">
    <input type="text" name="distinctId" placeholder="distinct id"/>
    <button type="submit">Evaluate with verbose logging</button>
</form>
<c:if test="${not empty diagnostics}">
    <ul><c:forEach items="${diagnostics}" var="d"><li><c:out value="${d.key}"/>: <c:out value="${d.value}"/></li></c:forEach></ul>
</c:if>
</body>
</html>
