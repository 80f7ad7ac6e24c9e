<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>Partner Portal - Sign in</title></head>
<body>
<s:actionerror/>
<s:form action="login" method="post">
    <s:textfield name="username" label="Partner ID"/>
    <s:password name="password" label="Password"/>
    <s:submit value="Sign in"/>
</s:form>
</body>
</html>
