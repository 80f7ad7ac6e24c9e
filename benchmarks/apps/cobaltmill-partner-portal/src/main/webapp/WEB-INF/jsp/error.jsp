<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><title>Something went wrong</title></head>
<body>
  <h1>We could not load your data</h1>
  <p><c:out value="${requestScope['jakarta.servlet.error.message']}"/></p>
  <p>Reference: <c:out value="${requestScope['jakarta.servlet.error.request_uri']}"/></p>
</body>
</html>
