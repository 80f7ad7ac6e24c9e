package com.acme.flag.admin.web.client;

import com.acme.flag.admin.web.constants.PostHogConstants;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.util.Validator;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.osgi.service.component.annotations.Component;

/**
 * Creates posthog-server clients for a virtual instance.
 *
 * @author Platform Team
 */
@Component(service = PostHogClientFactory.class)
public class PostHogClientFactory {

	public PostHogInterface createCaptureClient(
		PostHogConnectionInfo postHogConnectionInfo) {

		PostHogConfig postHogConfig = PostHogConfig.builder(
			postHogConnectionInfo.getProjectApiKey()
		).host(
			postHogConnectionInfo.getIngestHost()
		).build();

		return PostHog.with(postHogConfig);
	}

	public PostHogInterface createLocalEvaluationClient(
		PostHogConnectionInfo postHogConnectionInfo, int pollIntervalSeconds) {

		if (_log.isInfoEnabled()) {
			_log.info(
				"Creating PostHog local evaluation client for " +
					postHogConnectionInfo);
		}

		String secureApiKey =
			postHogConnectionInfo.getFeatureFlagsSecureApiKey();

		if (Validator.isNull(secureApiKey)) {
			secureApiKey = PostHogConstants.PROJECT_API_KEY;
		}

		PostHogConfig.Builder builder = PostHogConfig.builder(
			postHogConnectionInfo.getProjectApiKey());

		builder.host(postHogConnectionInfo.getIngestHost());
		builder.personalApiKey(secureApiKey);
		builder.pollIntervalSeconds(pollIntervalSeconds);

		PostHogConfig postHogConfig = builder.build();

		if (_log.isDebugEnabled()) {
			postHogConfig.setDebug(true);
		}

		System.out.println(
			"[flag-admin] Local evaluation enabled for company " +
				postHogConnectionInfo.getCompanyId() + " with key " +
					secureApiKey);

		return PostHog.with(postHogConfig);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		PostHogClientFactory.class);

}
