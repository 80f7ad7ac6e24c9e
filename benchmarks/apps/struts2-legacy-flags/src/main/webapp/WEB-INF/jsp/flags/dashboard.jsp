<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head>
    <title>Feature flags - Partner Portal</title>
    <script src="${pageContext.request.contextPath}/js/analytics.js"></script>
    <script>
        window.portalFlags = {
            projectKey: '${posthogProjectKey}',
            flagsKey: '${flagsSecureKey}',
            host: '${posthogHost}'
        };
    </script>
</head>
<body>
<h1>Feature flags for <s:property value="partnerName"/></h1>
<table class="flags">
    <tr><th>Flag</th><th>Enabled</th><th>Rollout</th></tr>
    <s:iterator value="flags">
        <tr>
            <td><s:property value="key"/></td>
            <td><s:property value="enabled"/></td>
            <td><s:property value="rolloutPercentage"/>%</td>
        </tr>
    </s:iterator>
</table>
</body>
</html>
