<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>Partner admin - sign in</title></head>
<body>
<s:actionerror/>
<s:form action="login" namespace="/partner" method="post">
    <s:textfield name="username" label="User"/>
    <s:password name="password" label="Password"/>
    <s:submit value="Sign in"/>
</s:form>
<a href="https://us.posthog.com/oauth/authorize">Connect your PostHog organisation</a>
</body>
</html>
