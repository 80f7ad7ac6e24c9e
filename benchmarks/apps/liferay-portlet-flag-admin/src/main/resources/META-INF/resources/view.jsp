<%@ include file="/init.jsp" %>

<%
List<FlagDefinition> flagDefinitions = (List<FlagDefinition>)request.getAttribute("flagDefinitions");
String projectApiKey = (String)request.getAttribute("projectApiKey");
String flagAdminBootstrap = (String)request.getAttribute("flagAdminBootstrap");
%>

<portlet:actionURL name="<%= FlagAdminPortletKeys.MVC_COMMAND_SYNC_FLAGS %>" var="syncFlagsURL" />

<portlet:renderURL var="diagnosticsURL">
	<portlet:param name="mvcRenderCommandName" value="<%= FlagAdminPortletKeys.MVC_COMMAND_DIAGNOSTICS %>" />
</portlet:renderURL>

<portlet:resourceURL id="<%= FlagAdminPortletKeys.MVC_COMMAND_FLAG_STATUS %>" var="flagStatusURL" />

<liferay-ui:success key="flagsSynchronized" message="feature-flags-were-synchronized" />
<liferay-ui:error exception="<%= com.acme.flag.admin.web.exception.PostHogSyncException.class %>" message="unable-to-synchronize-feature-flags" />

<clay:container-fluid>
	<aui:button-row>
		<aui:button href="<%= syncFlagsURL %>" value="sync-flags" />
		<aui:button href="<%= diagnosticsURL %>" value="diagnostics" />
	</aui:button-row>

	<table class="table table-autofit">
		<thead>
			<tr>
				<th><liferay-ui:message key="key" /></th>
				<th><liferay-ui:message key="name" /></th>
				<th><liferay-ui:message key="active" /></th>
				<th><liferay-ui:message key="rollout" /></th>
				<th></th>
			</tr>
		</thead>
		<tbody>

			<%
			for (FlagDefinition flagDefinition : flagDefinitions) {
			%>

				<portlet:actionURL name="<%= FlagAdminPortletKeys.MVC_COMMAND_SAVE_FLAG %>" var="saveFlagURL" />

				<tr>
					<td><%= HtmlUtil.escape(flagDefinition.getKey()) %></td>
					<td><%= HtmlUtil.escape(flagDefinition.getName()) %></td>
					<td colspan="3">
						<aui:form action="<%= saveFlagURL %>" name='<%= "fm_" + flagDefinition.getFlagId() %>'>
							<aui:input name="flagKey" type="hidden" value="<%= flagDefinition.getKey() %>" />
							<aui:input name="redirect" type="hidden" value="<%= currentURL %>" />
							<aui:input checked="<%= flagDefinition.isActive() %>" label="active" name="active" type="toggle-switch" />
							<aui:input label="rollout-rule" name="rolloutRule" value='<%= "percent=" + flagDefinition.getRolloutPercentage() %>' />
							<aui:input label="open-in-posthog" name="openInPostHog" type="checkbox" />
							<aui:button type="submit" value="save" />
						</aui:form>
					</td>
				</tr>

			<%
			}
			%>

		</tbody>
	</table>
</clay:container-fluid>

<aui:script>
	!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);

	posthog.init('<%= HtmlUtil.escapeJS(projectApiKey) %>', {api_host: 'https://us.i.posthog.com'});

	window.flagAdminBootstrap = <%= flagAdminBootstrap %>;
	window.flagAdminStatusURL = '<%= flagStatusURL %>';
</aui:script>
