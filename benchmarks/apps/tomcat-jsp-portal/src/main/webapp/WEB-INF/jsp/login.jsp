<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Sign in</title></head>
<body>
  <form method="post" action="${pageContext.request.contextPath}/login">
    <c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
    <label>E-mail <input type="email" name="email" required></label>
    <label>Password <input type="password" name="password" required></label>
    <label><input type="checkbox" name="rememberMe"> Keep me signed in</label>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
