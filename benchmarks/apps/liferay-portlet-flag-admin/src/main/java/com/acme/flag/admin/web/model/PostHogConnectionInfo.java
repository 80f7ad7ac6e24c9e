package com.acme.flag.admin.web.model;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.util.Validator;

import java.io.Serializable;

/**
 * Resolved PostHog connection settings of one virtual instance.
 *
 * @author Platform Team
 */
public class PostHogConnectionInfo implements Serializable {

	public PostHogConnectionInfo(
		long companyId, String apiHost, String ingestHost, String projectId,
		String projectApiKey, String personalApiKey,
		String featureFlagsSecureApiKey) {

		_companyId = companyId;
		_apiHost = apiHost;
		_ingestHost = ingestHost;
		_projectId = projectId;
		_projectApiKey = projectApiKey;
		_personalApiKey = personalApiKey;
		_featureFlagsSecureApiKey = featureFlagsSecureApiKey;
	}

	public String getApiHost() {
		return _apiHost;
	}

	public ApiKeyType getApiKeyType() {
		if (Validator.isNotNull(_featureFlagsSecureApiKey)) {
			return ApiKeyType.FEATURE_FLAGS_SECURE;
		}

		return ApiKeyType.PERSONAL;
	}

	public long getCompanyId() {
		return _companyId;
	}

	public String getFeatureFlagsSecureApiKey() {
		return _featureFlagsSecureApiKey;
	}

	public String getIngestHost() {
		return _ingestHost;
	}

	public String getPersonalApiKey() {
		return _personalApiKey;
	}

	public String getProjectApiKey() {
		return _projectApiKey;
	}

	public String getProjectId() {
		return _projectId;
	}

	@Override
	public String toString() {
		StringBundler sb = new StringBundler(15);

		sb.append("{companyId=");
		sb.append(_companyId);
		sb.append(", apiHost=");
		sb.append(_apiHost);
		sb.append(", projectId=");
		sb.append(_projectId);
		sb.append(", projectApiKey=");
		sb.append(_projectApiKey);
		sb.append(", personalApiKey=");
		sb.append(_personalApiKey);
		sb.append(", featureFlagsSecureApiKey=");
		sb.append(_featureFlagsSecureApiKey);
		sb.append(", apiKeyType=");
		sb.append(getApiKeyType());
		sb.append("}");

		return sb.toString();
	}

	public enum ApiKeyType {

		FEATURE_FLAGS_SECURE, PERSONAL

	}

	private final String _apiHost;
	private final long _companyId;
	private final String _featureFlagsSecureApiKey;
	private final String _ingestHost;
	private final String _personalApiKey;
	private final String _projectApiKey;
	private final String _projectId;

}
