<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>Partner admin - error</title></head>
<body>
<h1>Something went wrong</h1>
<s:actionerror/>
<a href="<s:url action='login' namespace='/partner'/>">Back to sign in</a>
</body>
</html>
