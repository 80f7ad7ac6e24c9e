<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
    <title>Partner Portal - Sign in</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/css/portal.css"/>
</head>
<body>
<form method="post" action="${pageContext.request.contextPath}/login">
    <c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
    <label>Username <input type="text" name="username" autocomplete="username"/></label>
    <label>Password <input type="password" name="password" autocomplete="current-password"/></label>
    <label><input type="checkbox" name="rememberMe" value="true"/> Keep me signed in</label>
    <button type="submit">Sign in</button>
</form>
</body>
</html>
