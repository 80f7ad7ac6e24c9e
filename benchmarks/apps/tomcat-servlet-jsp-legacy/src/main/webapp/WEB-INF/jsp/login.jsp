<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Sign in - Brindlewood Tenant Portal</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/css/portal.css">
</head>
<body class="login">
<main>
    <h1>Brindlewood Tenant Portal</h1>
    <c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
    <c:if test="${not empty info}"><p class="info"><c:out value="${info}"/></p></c:if>
    <form method="post" action="${pageContext.request.contextPath}/login">
        <label>Username <input name="username" value="<c:out value='${username}'/>" autocomplete="username" required></label>
        <label>Password <input name="password" type="password" autocomplete="current-password"></label>
        <button type="submit">Sign in</button>
        <button type="submit" name="action" value="forgot" formnovalidate>Forgot password?</button>
    </form>
</main>
<script src="${pageContext.request.contextPath}/js/analytics.js"></script>
</body>
</html>
