package com.acme.flag.admin.web.portlet.action;

import com.acme.flag.admin.web.client.PostHogClientFactory;
import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.exception.PostHogSyncException;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;
import com.acme.flag.admin.web.service.FeatureFlagLocalService;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import com.posthog.server.PostHogInterface;

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
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_SYNC_FLAGS
	},
	service = MVCActionCommand.class
)
public class SyncFlagsMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long companyId = themeDisplay.getCompanyId();

		long syncSessionId = _counterLocalService.increment(
			SyncFlagsMVCActionCommand.class.getName());

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(companyId);

		if (_log.isInfoEnabled()) {
			_log.info(
				"Starting feature flag sync " + syncSessionId +
					" for company " + companyId);
			_log.info(
				"Authenticating against PostHog with a " +
					postHogConnectionInfo.getApiKeyType() + " key");
		}

		try {
			int count = _featureFlagLocalService.syncFlagDefinitions(
				companyId, themeDisplay.getUserId());

			PostHogInterface postHogInterface =
				_postHogClientFactory.createCaptureClient(
					postHogConnectionInfo);

			try {
				postHogInterface.capture(
					String.valueOf(themeDisplay.getUserId()),
					"feature flags synchronized");
			}
			finally {
				postHogInterface.close();
			}

			if (_log.isInfoEnabled()) {
				_log.info(
					"Feature flag sync " + syncSessionId + " imported " +
						count + " flags");
			}

			SessionMessages.add(actionRequest, "flagsSynchronized");
		}
		catch (PostHogSyncException postHogSyncException) {
			_log.error(
				"Feature flag sync " + syncSessionId + " failed: " +
					postHogSyncException.getMessage(),
				postHogSyncException);

			SessionErrors.add(actionRequest, PostHogSyncException.class);
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		SyncFlagsMVCActionCommand.class);

	@Reference
	private CounterLocalService _counterLocalService;

	@Reference
	private FeatureFlagLocalService _featureFlagLocalService;

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

	@Reference
	private PostHogClientFactory _postHogClientFactory;

}
