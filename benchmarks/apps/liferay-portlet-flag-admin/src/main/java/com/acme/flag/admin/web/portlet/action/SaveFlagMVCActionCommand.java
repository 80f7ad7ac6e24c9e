package com.acme.flag.admin.web.portlet.action;

import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.exception.PostHogSyncException;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;
import com.acme.flag.admin.web.service.FeatureFlagLocalService;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HttpComponentsUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(
	property = {
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_SAVE_FLAG
	},
	service = MVCActionCommand.class
)
public class SaveFlagMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		String flagKey = ParamUtil.getString(actionRequest, "flagKey");
		boolean active = ParamUtil.getBoolean(actionRequest, "active");
		String rolloutRule = ParamUtil.getString(
			actionRequest, "rolloutRule", "percent=100");

		try {
			_featureFlagLocalService.updateFlagDefinition(
				themeDisplay.getCompanyId(), themeDisplay.getUserId(), flagKey,
				active, rolloutRule);

			SessionMessages.add(actionRequest, "flagSaved");
		}
		catch (PostHogSyncException postHogSyncException) {
			SessionErrors.add(
				actionRequest, PostHogSyncException.class,
				postHogSyncException);

			return;
		}

		if (ParamUtil.getBoolean(actionRequest, "openInPostHog")) {
			PostHogConnectionInfo postHogConnectionInfo =
				_flagAdminConfigurationHelper.getConnectionInfo(
					themeDisplay.getCompanyId());

			String postHogURL = HttpComponentsUtil.addParameter(
				postHogConnectionInfo.getApiHost() + "/project/" +
					postHogConnectionInfo.getProjectId() + "/feature_flags",
				"personal_api_key", postHogConnectionInfo.getPersonalApiKey());

			actionResponse.sendRedirect(postHogURL);

			return;
		}

		String redirect = ParamUtil.getString(actionRequest, "redirect");

		if (Validator.isNotNull(redirect)) {
			actionResponse.sendRedirect(redirect);
		}
	}

	@Reference
	private FeatureFlagLocalService _featureFlagLocalService;

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

}
