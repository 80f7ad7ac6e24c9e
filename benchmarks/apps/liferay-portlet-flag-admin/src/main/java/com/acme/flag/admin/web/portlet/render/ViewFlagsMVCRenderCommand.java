package com.acme.flag.admin.web.portlet.render;

import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;
import com.acme.flag.admin.web.service.FeatureFlagLocalService;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(
	property = {
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"mvc.command.name=/",
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_VIEW_FLAGS
	},
	service = MVCRenderCommand.class
)
public class ViewFlagsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		HttpServletRequest httpServletRequest = _portal.getHttpServletRequest(
			renderRequest);

		HttpSession httpSession = httpServletRequest.getSession();

		if (_log.isDebugEnabled()) {
			_log.debug(
				"Rendering feature flags for user " + themeDisplay.getUserId() +
					" in session " + httpSession.getId());
		}

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(
				themeDisplay.getCompanyId());

		renderRequest.setAttribute(
			"flagDefinitions",
			_featureFlagLocalService.getFlagDefinitions(
				themeDisplay.getCompanyId()));
		renderRequest.setAttribute(
			"projectApiKey", postHogConnectionInfo.getProjectApiKey());

		return "/view.jsp";
	}

	private static final Log _log = LogFactoryUtil.getLog(
		ViewFlagsMVCRenderCommand.class);

	@Reference
	private FeatureFlagLocalService _featureFlagLocalService;

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

	@Reference
	private Portal _portal;

}
