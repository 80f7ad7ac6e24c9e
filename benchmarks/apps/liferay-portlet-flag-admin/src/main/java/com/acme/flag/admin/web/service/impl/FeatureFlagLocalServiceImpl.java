package com.acme.flag.admin.web.service.impl;

import com.acme.flag.admin.web.client.PostHogAdminClient;
import com.acme.flag.admin.web.client.PostHogClientFactory;
import com.acme.flag.admin.web.configuration.FlagAdminConfiguration;
import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.exception.PostHogSyncException;
import com.acme.flag.admin.web.model.FlagDefinition;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;
import com.acme.flag.admin.web.service.FeatureFlagLocalService;

import com.liferay.portal.kernel.json.JSONArray;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.util.Digester;
import com.liferay.portal.kernel.util.DigesterUtil;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.HashMapBuilder;
import com.liferay.portal.kernel.util.Validator;

import com.posthog.server.PostHogInterface;

import java.nio.charset.StandardCharsets;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(service = FeatureFlagLocalService.class)
public class FeatureFlagLocalServiceImpl implements FeatureFlagLocalService {

	@Override
	public List<FlagDefinition> getFlagDefinitions(long companyId) {
		Map<String, FlagDefinition> flagDefinitions = _flagDefinitions.get(
			companyId);

		if (flagDefinitions == null) {
			return Collections.emptyList();
		}

		return new ArrayList<>(flagDefinitions.values());
	}

	@Override
	public JSONObject getFlagStatusJSONObject(
			long companyId, String distinctId)
		throws PostHogSyncException {

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(companyId);

		JSONArray flagsJSONArray = JSONFactoryUtil.createJSONArray();

		for (FlagDefinition flagDefinition : getFlagDefinitions(companyId)) {
			flagsJSONArray.put(flagDefinition.toJSONObject());
		}

		return JSONUtil.put(
			"flags", flagsJSONArray
		).put(
			"localEvaluation",
			JSONUtil.put(
				"apiHost", postHogConnectionInfo.getIngestHost()
			).put(
				"projectApiKey", postHogConnectionInfo.getProjectApiKey()
			).put(
				"secureApiKey",
				postHogConnectionInfo.getFeatureFlagsSecureApiKey()
			)
		).put(
			"remote",
			_postHogAdminClient.evaluateFlags(postHogConnectionInfo, distinctId)
		);
	}

	@Override
	public boolean isFeatureEnabled(
		long companyId, String distinctId, String flagKey) {

		PostHogInterface postHogInterface = _localEvaluationClients.computeIfAbsent(
			companyId,
			key -> _postHogClientFactory.createLocalEvaluationClient(
				_flagAdminConfigurationHelper.getConnectionInfo(key),
				_flagAdminConfigurationHelper.getConfiguration(
					key
				).pollIntervalSeconds()));

		return postHogInterface.isFeatureEnabled(distinctId, flagKey, false);
	}

	@Override
	public int syncFlagDefinitions(long companyId, long userId)
		throws PostHogSyncException {

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(companyId);

		Map<String, FlagDefinition> flagDefinitions = new ConcurrentHashMap<>();

		for (FlagDefinition flagDefinition :
				_postHogAdminClient.fetchFeatureFlags(postHogConnectionInfo)) {

			flagDefinitions.put(flagDefinition.getKey(), flagDefinition);
		}

		_flagDefinitions.put(companyId, flagDefinitions);

		return flagDefinitions.size();
	}

	@Override
	public FlagDefinition updateFlagDefinition(
			long companyId, long userId, String flagKey, boolean active,
			String rolloutRule)
		throws PostHogSyncException {

		FlagDefinition flagDefinition = _flagDefinitions.getOrDefault(
			companyId, Collections.emptyMap()
		).get(
			flagKey
		);

		if (flagDefinition == null) {
			throw new PostHogSyncException(
				"Feature flag " + flagKey + " has not been synchronized yet");
		}

		flagDefinition.setActive(active);
		flagDefinition.setRolloutPercentage(_parseRolloutPercentage(rolloutRule));

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(companyId);

		_postHogAdminClient.updateFeatureFlag(
			postHogConnectionInfo, flagDefinition);

		_postHogAdminClient.captureAuditEvent(
			postHogConnectionInfo, String.valueOf(userId),
			"feature flag updated",
			HashMapBuilder.<String, Object>put(
				"active", active
			).put(
				"flag_key", flagKey
			).put(
				"rollout_percentage", flagDefinition.getRolloutPercentage()
			).build());

		return flagDefinition;
	}

	@Override
	public boolean verifyWebhook(
		long companyId, String payload, String signature) {

		FlagAdminConfiguration flagAdminConfiguration =
			_flagAdminConfigurationHelper.getConfiguration(companyId);

		String webhookSecret = flagAdminConfiguration.webhookSecret();

		if (Validator.isNull(webhookSecret) || Validator.isNull(signature)) {
			return false;
		}

		try {
			Mac mac = Mac.getInstance("HmacSHA256");

			mac.init(
				new SecretKeySpec(
					webhookSecret.getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));

			String expectedSignature = HexFormat.of(
			).formatHex(
				mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))
			);

			if (MessageDigest.isEqual(
					expectedSignature.getBytes(StandardCharsets.UTF_8),
					signature.getBytes(StandardCharsets.UTF_8))) {

				return true;
			}

			if (_log.isDebugEnabled()) {
				_log.debug(
					"Webhook secret fingerprint " +
						DigesterUtil.digestHex(
							Digester.SHA_256, webhookSecret));
			}

			_log.warn(
				"Rejected PostHog webhook for company " + companyId +
					": signature " + signature +
						" does not match HMAC computed with secret " +
							webhookSecret);
		}
		catch (GeneralSecurityException generalSecurityException) {
			_log.error(
				"Unable to verify PostHog webhook", generalSecurityException);
		}

		return false;
	}

	@Deactivate
	protected void deactivate() {
		for (PostHogInterface postHogInterface :
				_localEvaluationClients.values()) {

			postHogInterface.close();
		}

		_localEvaluationClients.clear();
	}

	private int _parseRolloutPercentage(String rolloutRule) {
		int rolloutPercentage = 100;

		StringTokenizer stringTokenizer = new StringTokenizer(
			rolloutRule, ";");

		while (stringTokenizer.hasMoreTokens()) {
			String token = stringTokenizer.nextToken();

			if (_log.isDebugEnabled()) {
				_log.debug("Parsing rollout rule token " + token);
			}

			if (token.startsWith("percent=")) {
				rolloutPercentage = GetterUtil.getInteger(
					token.substring(8), rolloutPercentage);
			}
		}

		return Math.max(0, Math.min(100, rolloutPercentage));
	}

	private static final Log _log = LogFactoryUtil.getLog(
		FeatureFlagLocalServiceImpl.class);

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

	private final Map<Long, Map<String, FlagDefinition>> _flagDefinitions =
		new ConcurrentHashMap<>();
	private final Map<Long, PostHogInterface> _localEvaluationClients =
		new ConcurrentHashMap<>();

	@Reference
	private PostHogAdminClient _postHogAdminClient;

	@Reference
	private PostHogClientFactory _postHogClientFactory;

}
