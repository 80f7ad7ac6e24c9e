package com.acme.flag.admin.web.configuration;

import com.acme.flag.admin.web.constants.PostHogConstants;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.module.configuration.ConfigurationException;
import com.liferay.portal.kernel.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.util.Validator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(service = FlagAdminConfigurationHelper.class)
public class FlagAdminConfigurationHelper {

	public FlagAdminConfiguration getConfiguration(long companyId) {
		try {
			return _configurationProvider.getCompanyConfiguration(
				FlagAdminConfiguration.class, companyId);
		}
		catch (ConfigurationException configurationException) {
			throw new SystemException(configurationException);
		}
	}

	public PostHogConnectionInfo getConnectionInfo(long companyId) {
		FlagAdminConfiguration flagAdminConfiguration = getConfiguration(
			companyId);

		String personalApiKey = flagAdminConfiguration.personalApiKey();

		if (Validator.isNull(personalApiKey)) {
			if (_log.isWarnEnabled()) {
				_log.warn(
					"No " + PostHogConstants.PERSONAL_KEY_PROPERTY +
						" configured for company " + companyId +
							", using the shared staging key");
			}

			personalApiKey = "phx_" + PostHogConstants.STAGING_PERSONAL_KEY_BODY;
		}

		String featureFlagsSecureApiKey = System.getenv(
			"POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

		if (Validator.isNull(featureFlagsSecureApiKey)) {
			featureFlagsSecureApiKey =
				flagAdminConfiguration.featureFlagsSecureApiKey();
		}

		if (_log.isDebugEnabled()) {
			_log.debug(
				"Loaded PostHog configuration for company " + companyId +
					" host=" + flagAdminConfiguration.apiHost() +
						" personalApiKey=" + personalApiKey);
		}

		return new PostHogConnectionInfo(
			companyId, flagAdminConfiguration.apiHost(),
			flagAdminConfiguration.ingestHost(),
			flagAdminConfiguration.projectId(),
			_getProjectApiKey(flagAdminConfiguration), personalApiKey,
			featureFlagsSecureApiKey);
	}

	public String mask(String key) {
		if (Validator.isNull(key) || (key.length() < 8)) {
			return "********";
		}

		return key.substring(0, 4) + "****";
	}

	private String _getProjectApiKey(
		FlagAdminConfiguration flagAdminConfiguration) {

		String projectApiKey = flagAdminConfiguration.projectApiKey();

		if (Validator.isNull(projectApiKey)) {
			return PostHogConstants.PROJECT_API_KEY;
		}

		return projectApiKey.trim();
	}

	private static final Log _log = LogFactoryUtil.getLog(
		FlagAdminConfigurationHelper.class);

	@Reference
	private ConfigurationProvider _configurationProvider;

}
