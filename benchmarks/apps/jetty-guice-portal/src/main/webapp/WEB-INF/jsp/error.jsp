<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" %>
<!DOCTYPE html>
<html>
<head><title>PostHog unavailable</title></head>
<body>
<h1>PostHog did not answer</h1>
<p><%= request.getAttribute("jakarta.servlet.error.message") %></p>
</body>
</html>
