<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head>
    <title><s:property value="companyName"/> &mdash; Dashboard</title>
    <script src="<s:url value='/js/ledger-analytics.js'/>"></script>
    <script>
        window.LEDGER_ANALYTICS = {
            token: '<s:property value="posthogProjectKey"/>',
            apiHost: '<s:property value="posthogHost"/>',
            flagsKey: '<s:property value="featureFlagsKey"/>'
        };
        ledgerAnalytics.start(window.LEDGER_ANALYTICS);
    </script>
</head>
<body>
<h1><s:property value="companyName"/></h1>
<div id="invoice-editor"></div>
</body>
</html>
