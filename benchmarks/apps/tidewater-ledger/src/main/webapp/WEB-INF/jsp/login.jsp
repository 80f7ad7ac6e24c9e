<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>Sign in</title></head>
<body>
<s:actionerror/>
<s:form action="login">
    <s:textfield name="username" label="User"/>
    <s:password name="password" label="Password"/>
    <s:textfield name="tenant" label="Tenant"/>
    <s:submit value="Sign in"/>
</s:form>
</body>
</html>
