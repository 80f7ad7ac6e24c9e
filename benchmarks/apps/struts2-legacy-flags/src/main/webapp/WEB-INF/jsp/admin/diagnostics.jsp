<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>PostHog diagnostics</title></head>
<body>
<h1>PostHog diagnostics</h1>
<dl>
    <dt>Host</dt><dd><s:property value="host"/></dd>
    <dt>Personal key</dt><dd><s:property value="maskedPersonalKey"/></dd>
    <dt>Key fingerprint</dt><dd><s:property value="keyFingerprint"/></dd>
    <dt>Flag definitions</dt><dd><s:property value="definitionCount"/></dd>
</dl>
</body>
</html>
