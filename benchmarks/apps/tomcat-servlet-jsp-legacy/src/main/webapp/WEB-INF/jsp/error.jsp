<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Something went wrong</title></head>
<body>
<h1>Something went wrong</h1>
<p>Please try again. If the problem persists, contact support@brindlewood.example.</p>
</body>
</html>
