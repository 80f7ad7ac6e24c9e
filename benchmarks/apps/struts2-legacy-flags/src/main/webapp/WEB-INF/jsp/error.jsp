<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<!DOCTYPE html>
<html>
<head><title>Partner Portal - Error</title></head>
<body>
<h1>Something went wrong</h1>
<p>Feature flags are temporarily unavailable. Please try again in a few minutes.</p>
</body>
</html>
