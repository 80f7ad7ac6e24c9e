<%@ include file="/init.jsp" %>

<%
boolean personalApiKeyConfigured = GetterUtil.getBoolean(request.getAttribute("personalApiKeyConfigured"));
%>

<clay:container-fluid>
	<h3><liferay-ui:message key="diagnostics" /></h3>

	<dl>
		<dt><liferay-ui:message key="api-host" /></dt>
		<dd>${apiHost}</dd>
		<dt><liferay-ui:message key="project-id" /></dt>
		<dd>${projectId}</dd>
		<dt><liferay-ui:message key="key-type" /></dt>
		<dd>${apiKeyType}</dd>
		<dt><liferay-ui:message key="feature-flags-secure-api-key" /></dt>
		<dd><code>${maskedSecureApiKey}</code></dd>
		<dt><liferay-ui:message key="personal-api-key" /></dt>
		<dd>
			<c:if test="<%= personalApiKeyConfigured %>">
				<code>${personalApiKey}</code>
			</c:if>
		</dd>
	</dl>

	<portlet:actionURL name="<%= FlagAdminPortletKeys.MVC_COMMAND_TEST_CONNECTION %>" var="testConnectionURL" />

	<aui:button href="<%= testConnectionURL %>" value="test-connection" />
</clay:container-fluid>
