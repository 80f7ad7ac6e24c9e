<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="s" uri="/struts-tags" %>
<!DOCTYPE html>
<html>
<head>
    <title>PostHog keys - <s:property value="projectName"/></title>
    <script>
        !function(t,e){/* posthog-js snippet */}(document,window.posthog||[]);
        posthog.init('<s:property value="projectApiKey"/>', {api_host: 'https://us.i.posthog.com'});
    </script>
</head>
<body>
<s:actionerror/>
<s:actionmessage/>

<h1><s:property value="projectName"/></h1>

<section id="client">
    <h2>Browser snippet</h2>
    <code>posthog.init('<s:property value="projectApiKey"/>')</code>
</section>

<section id="server">
    <h2>Server integration</h2>
    <s:if test="personalKeyConfigured">
        <label>Personal API key</label>
        <input type="text" readonly value="<s:property value="personalApiKey"/>"/>
        <button onclick="navigator.clipboard.writeText(this.previousElementSibling.value)">Copy</button>
    </s:if>
    <label>Feature flags secure key</label>
    <code><s:property value="maskedSecretKey"/></code>
</section>

<s:form action="onboard" namespace="/partner">
    <s:hidden name="projectId"/>
    <s:submit value="Mark partner as onboarded"/>
</s:form>
<a href="<s:url action='export' namespace='/partner'><s:param name='projectId' value='projectId'/></s:url>">Export flags (JSON)</a>
</body>
</html>
