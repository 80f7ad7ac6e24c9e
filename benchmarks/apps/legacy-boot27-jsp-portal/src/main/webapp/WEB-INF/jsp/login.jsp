<%@ page contentType="text/html;charset=UTF-8" %>
<!DOCTYPE html>
<html>
<body>
<form method="post" action="/login">
    <input name="username" autocomplete="username"/>
    <input name="password" type="password" autocomplete="current-password"/>
    <input type="hidden" name="${_csrf.parameterName}" value="${_csrf.token}"/>
    <button type="submit">Sign in</button>
</form>
</body>
</html>
