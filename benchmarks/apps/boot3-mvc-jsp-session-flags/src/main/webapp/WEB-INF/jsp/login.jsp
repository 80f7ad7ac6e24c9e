<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html>
<head><title>Quillmere Ledger - Sign in</title></head>
<body>
<form method="post" action="${pageContext.request.contextPath}/login">
    <c:if test="${param.error != null}"><p class="error">Invalid username or password.</p></c:if>
    <label>Username <input type="text" name="username" autofocus/></label>
    <label>Password <input type="password" name="password"/></label>
    <label><input type="checkbox" name="remember-me"/> Keep me signed in</label>
    <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}"/>
    <button type="submit">Sign in</button>
</form>
</body>
</html>
