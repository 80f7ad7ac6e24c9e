package com.acme.flag.admin.web.portlet.render;

import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Renders the diagnostics tab so administrators can check the PostHog setup
 * and copy the values into the posthog CLI.
 *
 * @author Platform Team
 */
@Component(
	property = {
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_DIAGNOSTICS
	},
	service = MVCRenderCommand.class
)
public class DiagnosticsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(
				themeDisplay.getCompanyId());

		String personalApiKey = postHogConnectionInfo.getPersonalApiKey();

		if (_log.isDebugEnabled()) {
			_log.debug(
				"Personal API key length for company " +
					themeDisplay.getCompanyId() + " is " +
						personalApiKey.length());
		}

		renderRequest.setAttribute(
			"apiHost", postHogConnectionInfo.getApiHost());
		renderRequest.setAttribute(
			"apiKeyType", postHogConnectionInfo.getApiKeyType());
		renderRequest.setAttribute(
			"maskedSecureApiKey",
			_flagAdminConfigurationHelper.mask(
				postHogConnectionInfo.getFeatureFlagsSecureApiKey()));
		renderRequest.setAttribute("personalApiKey", personalApiKey);
		renderRequest.setAttribute(
			"personalApiKeyConfigured", Validator.isNotNull(personalApiKey));
		renderRequest.setAttribute(
			"projectId", postHogConnectionInfo.getProjectId());

		return "/diagnostics.jsp";
	}

	private static final Log _log = LogFactoryUtil.getLog(
		DiagnosticsMVCRenderCommand.class);

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

}
