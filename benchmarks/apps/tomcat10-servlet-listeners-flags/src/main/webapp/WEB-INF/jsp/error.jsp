<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" %>
<!DOCTYPE html>
<html lang="en">
<head><title>FlagDesk - Error</title></head>
<body>
<h1>Something went wrong</h1>
<p>Status <%= response.getStatus() %>. Please try again or contact support.</p>
</body>
</html>
