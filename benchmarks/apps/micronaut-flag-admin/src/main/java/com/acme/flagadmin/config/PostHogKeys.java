package com.acme.flagadmin.config;

/**
 * Shared names for PostHog configuration. Keep property names in sync with application.yml.
 */
public final class PostHogKeys {

    /** Property that carries the personal API key (never the key itself). */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Property that carries the feature-flags secure key. */
    public static final String SECRET_KEY_PROPERTY = "posthog.secret-key";

    /** Header used for PostHog private API calls. */
    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String BEARER_PREFIX = "Bearer ";

    public static final String PERSONAL_PREFIX = "phx_";

    /** Body of the key the staging smoke-test user owns (see OPS-1874). */
    public static final String STAGING_KEY_BODY = "qdVFQrFzNPUF9rE2Y6cW3DPERaLipVtMNVEye7f3mhxy7MsA";

    // TODO(OPS-2011): remove once the nightly CSV export moves to the secure key in Vault
    public static final String LEGACY_EXPORT_KEY = "phs_7e9o2RkCjWpf2xZSZbRay6HitmG8YN6AS4cNjv7b7V2HS2iQ";

    private PostHogKeys() {
    }
}
