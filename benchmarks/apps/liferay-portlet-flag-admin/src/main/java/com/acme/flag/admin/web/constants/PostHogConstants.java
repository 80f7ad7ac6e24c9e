package com.acme.flag.admin.web.constants;

/**
 * @author Platform Team
 */
public class PostHogConstants {

	public static final String API_HOST = "https://us.posthog.com";

	public static final String AUTHORIZATION_HEADER = "Authorization";

	public static final String CAPTURE_PATH = "/i/v0/e/";

	public static final String FEATURE_FLAGS_PATH =
		"/api/projects/%s/feature_flags/";

	public static final String FLAGS_PATH = "/flags/?v=2";

	public static final String INGEST_HOST = "https://us.i.posthog.com";

	public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

	/**
	 * Public project token of the "Liferay Intranet" project. It is embedded
	 * in the posthog-js snippet anyway.
	 */
	public static final String PROJECT_API_KEY =
		"phc_hycfBxFB83ENEbE2Zgc8AH3fnAc3i5nHKXEV99LhESSWJcsy";

	/**
	 * Key body of the shared staging account, used until every virtual
	 * instance has its own key in System Settings. See FLAGADM-112.
	 */
	public static final String STAGING_PERSONAL_KEY_BODY =
		"2d5XYKqv4EczGeqefsydrEot6pwvLd4FcXGgtHr24C967kcg";

}
