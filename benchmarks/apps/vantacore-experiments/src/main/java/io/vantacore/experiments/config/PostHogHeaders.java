package io.vantacore.experiments.config;

/** Header and cookie names used between the experiments service, its callers and PostHog. */
public interface PostHogHeaders {

    String AUTHORIZATION = "Authorization";
    String REQUEST_ID = "X-Request-Id";
    String POSTHOG_PROJECT = "X-PostHog-Project";
    String SESSION_COOKIE = "VANTA_SESSION";
    String BEARER_PREFIX = "Bearer ";

    /** Headers whose values must never be written anywhere. */
    default boolean isCredentialHeader(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name)
                || "proxy-authorization".equalsIgnoreCase(name)
                || "cookie".equalsIgnoreCase(name)
                || "x-api-key".equalsIgnoreCase(name);
    }
}
