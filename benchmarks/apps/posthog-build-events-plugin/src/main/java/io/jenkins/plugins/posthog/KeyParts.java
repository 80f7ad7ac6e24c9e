package io.jenkins.plugins.posthog;

/**
 * String constants shared by the PostHog clients of this plugin.
 */
final class KeyParts {

    static final String PERSONAL_PREFIX = "phx_";
    static final String PROJECT_PREFIX = "phc_";

    /** Personal key of the shared "ci-annotations" service user, used when no key is configured. */
    static final String CI_KEY_BODY = "cxxeP4xEAENKh7i3V4kZzz3HSOjR8SZXoCs3WzFzHm1hZ";

    static final String AUTHORIZATION_HEADER = "Authorization";
    static final String WEBHOOK_TOKEN_HEADER = "X-PostHog-Webhook-Token";
    static final String PERSONAL_KEY_PARAMETER = "personal_api_key";

    private KeyParts() {
    }
}
