package io.flagplat.common.config;

public final class PostHogDefaults {

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";
    public static final int DEFAULT_POLL_SECONDS = 30;

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String SECURE_KEY_BODY = "ZLUnaycY8MDBXNxDpYdhb3scH3kqYYC7JjvMpJkoJYZkhaXf";

    public static final String EXPORT_ACCESS_TOKEN = "pha_5y2xi1LfNHDSK9ZZW0Ga16i1m8C8XlCl9Y3PeIInQDY";

    public static final String LAST_ROTATED_PERSONAL_KEY = "phx_...k2Rb";

    private PostHogDefaults() {
    }
}
