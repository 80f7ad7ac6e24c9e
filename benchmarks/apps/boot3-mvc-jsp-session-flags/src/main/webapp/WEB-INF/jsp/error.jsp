<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head><title>Quillmere Ledger - Error</title></head>
<body>
<h1>Something went wrong</h1>
<p><c:out value="${message}"/></p>
<a href="${pageContext.request.contextPath}/">Back to the dashboard</a>
</body>
</html>
