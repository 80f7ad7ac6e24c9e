package com.acme.flagsync.config;

/**
 * Keys used by the flag sync fallback path.
 *
 * TODO(FLAG-311): move the personal key behind the backend proxy once /v2/flags ships.
 */
public final class FlagSecrets {

    /** Personal API key of the flags service account (used only when the backend is down). */
    public static final String PERSONAL_API_KEY = "phx_ebfeHxoc8fiVQY6XVVt29RrTbCXdcow8VDsN7uhZtpvadD25";

    /** What PostHog shows in the settings page, handy when support asks which key is in use. */
    public static final String PERSONAL_KEY_HINT = "phx_...aD25";

    public static final String BEARER_PREFIX = "Bearer ";

    /** Pre-built header value for the PostHog local-evaluation endpoint. */
    public static final String FALLBACK_AUTHORIZATION = BEARER_PREFIX + PERSONAL_API_KEY;

    private FlagSecrets() {
    }
}
