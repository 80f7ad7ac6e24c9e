<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head><title>Analytics diagnostics</title></head>
<body>
<h2>Analytics</h2>
<p><s:property value="summary"/></p>
<p>Key fingerprint: <code><s:property value="keyFingerprint"/></code></p>
</body>
</html>
