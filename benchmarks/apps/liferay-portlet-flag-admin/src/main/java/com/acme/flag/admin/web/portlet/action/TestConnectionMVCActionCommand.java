package com.acme.flag.admin.web.portlet.action;

import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(
	property = {
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_TEST_CONNECTION
	},
	service = MVCActionCommand.class
)
public class TestConnectionMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(
				themeDisplay.getCompanyId());

		String secureApiKey =
			postHogConnectionInfo.getFeatureFlagsSecureApiKey();

		if (_log.isInfoEnabled()) {
			_log.info(
				"Testing PostHog connection for company " +
					themeDisplay.getCompanyId() + " with key " +
						_flagAdminConfigurationHelper.mask(secureApiKey));
		}

		PostHogConfig.Builder builder = PostHogConfig.builder(secureApiKey);

		builder.host(postHogConnectionInfo.getIngestHost());
		builder.personalApiKey(secureApiKey);
		builder.debug(true);

		PostHogInterface postHogInterface = PostHog.with(builder.build());

		try {
			postHogInterface.capture(
				String.valueOf(themeDisplay.getUserId()),
				"flag admin connection test");

			postHogInterface.flush();

			HttpServletResponse httpServletResponse =
				_portal.getHttpServletResponse(actionResponse);

			httpServletResponse.addCookie(new Cookie("ph_secure_key", secureApiKey));

			SessionMessages.add(actionRequest, "connectionSucceeded");
		}
		catch (RuntimeException runtimeException) {
			_log.error("PostHog connection test failed", runtimeException);

			SessionErrors.add(actionRequest, "connectionFailed");
		}
		finally {
			postHogInterface.close();
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		TestConnectionMVCActionCommand.class);

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

	@Reference
	private Portal _portal;

}
