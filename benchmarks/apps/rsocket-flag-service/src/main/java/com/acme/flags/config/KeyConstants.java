package com.acme.flags.config;

public final class KeyConstants {

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    public static final String STAGING_PERSONAL_KEY_BODY = "woFSVM86P3Lve19AbUIX8OGzZEfhinpfn9n27mVyH2M";

    public static final String STAGING_HOST = "https://eu.i.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    private KeyConstants() {
    }
}
