package com.acme.flag.admin.web.client;

import com.acme.flag.admin.web.constants.PostHogConstants;
import com.acme.flag.admin.web.exception.PostHogSyncException;
import com.acme.flag.admin.web.model.FlagDefinition;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.json.JSONArray;
import com.liferay.portal.kernel.json.JSONException;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.util.ContentTypes;
import com.liferay.portal.kernel.util.Validator;

import java.io.IOException;
import java.io.OutputStream;

import java.net.HttpURLConnection;
import java.net.URL;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

/**
 * Thin client for the PostHog private API and the public capture/flags
 * endpoints.
 *
 * @author Platform Team
 */
@Component(service = PostHogAdminClient.class)
public class PostHogAdminClient {

	public void captureAuditEvent(
			PostHogConnectionInfo postHogConnectionInfo, String distinctId,
			String event, Map<String, Object> properties)
		throws PostHogSyncException {

		JSONObject payloadJSONObject = JSONUtil.put(
			"api_key", postHogConnectionInfo.getPersonalApiKey()
		).put(
			"distinct_id", distinctId
		).put(
			"event", event
		).put(
			"properties", properties
		);

		_send(
			"POST",
			postHogConnectionInfo.getIngestHost() +
				PostHogConstants.CAPTURE_PATH,
			null, payloadJSONObject.toString());
	}

	public JSONObject evaluateFlags(
			PostHogConnectionInfo postHogConnectionInfo, String distinctId)
		throws PostHogSyncException {

		JSONObject payloadJSONObject = JSONUtil.put(
			"api_key", postHogConnectionInfo.getProjectApiKey()
		).put(
			"distinct_id", distinctId
		);

		String body = _send(
			"POST",
			postHogConnectionInfo.getIngestHost() + PostHogConstants.FLAGS_PATH,
			null, payloadJSONObject.toString());

		try {
			return JSONFactoryUtil.createJSONObject(body);
		}
		catch (JSONException jsonException) {
			throw new PostHogSyncException(
				"Unable to parse flags response", jsonException);
		}
	}

	public List<FlagDefinition> fetchFeatureFlags(
			PostHogConnectionInfo postHogConnectionInfo)
		throws PostHogSyncException {

		String url = _getFeatureFlagsURL(postHogConnectionInfo);

		if (_log.isDebugEnabled()) {
			_log.debug(
				"GET " + url + " with " + PostHogConstants.AUTHORIZATION_HEADER +
					": Bearer " + postHogConnectionInfo.getPersonalApiKey());
		}

		String body = _send(
			"GET", url, postHogConnectionInfo.getPersonalApiKey(), null);

		List<FlagDefinition> flagDefinitions = new ArrayList<>();

		try {
			JSONObject jsonObject = JSONFactoryUtil.createJSONObject(body);

			JSONArray resultsJSONArray = jsonObject.getJSONArray("results");

			for (int i = 0; i < resultsJSONArray.length(); i++) {
				flagDefinitions.add(
					FlagDefinition.fromJSONObject(
						resultsJSONArray.getJSONObject(i)));
			}
		}
		catch (JSONException jsonException) {
			throw new PostHogSyncException(
				"Unable to parse feature flags from " + url, jsonException);
		}

		return flagDefinitions;
	}

	public void updateFeatureFlag(
			PostHogConnectionInfo postHogConnectionInfo,
			FlagDefinition flagDefinition)
		throws PostHogSyncException {

		_send(
			"PATCH",
			_getFeatureFlagsURL(postHogConnectionInfo) +
				flagDefinition.getFlagId() + "/",
			postHogConnectionInfo.getPersonalApiKey(),
			JSONUtil.put(
				"active", flagDefinition.isActive()
			).toString());
	}

	private String _getFeatureFlagsURL(
		PostHogConnectionInfo postHogConnectionInfo) {

		return postHogConnectionInfo.getApiHost() +
			String.format(
				PostHogConstants.FEATURE_FLAGS_PATH,
				postHogConnectionInfo.getProjectId());
	}

	private String _send(
			String method, String url, String personalApiKey, String body)
		throws PostHogSyncException {

		try {
			HttpURLConnection httpURLConnection =
				(HttpURLConnection)new URL(url).openConnection();

			httpURLConnection.setConnectTimeout(5000);
			httpURLConnection.setReadTimeout(10000);
			httpURLConnection.setRequestMethod(method);
			httpURLConnection.setRequestProperty(
				"Accept", ContentTypes.APPLICATION_JSON);

			if (Validator.isNotNull(personalApiKey)) {
				httpURLConnection.setRequestProperty(
					PostHogConstants.AUTHORIZATION_HEADER,
					"Bearer " + personalApiKey);
			}

			if (body != null) {
				httpURLConnection.setDoOutput(true);
				httpURLConnection.setRequestProperty(
					"Content-Type", ContentTypes.APPLICATION_JSON);

				try (OutputStream outputStream =
						httpURLConnection.getOutputStream()) {

					outputStream.write(body.getBytes(StandardCharsets.UTF_8));
				}
			}

			int status = httpURLConnection.getResponseCode();

			if ((status == HttpURLConnection.HTTP_UNAUTHORIZED) ||
				(status == HttpURLConnection.HTTP_FORBIDDEN)) {

				throw new PostHogSyncException(
					"PostHog rejected the credentials " + personalApiKey +
						" for " + method + " " + url,
					status);
			}

			if (status >= 400) {
				throw new PostHogSyncException(
					"PostHog returned HTTP " + status + " for " + method + " " +
						url,
					status);
			}

			return new String(
				httpURLConnection.getInputStream(
				).readAllBytes(),
				StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new PostHogSyncException(
				"Unable to reach PostHog at " + url, ioException);
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		PostHogAdminClient.class);

}
