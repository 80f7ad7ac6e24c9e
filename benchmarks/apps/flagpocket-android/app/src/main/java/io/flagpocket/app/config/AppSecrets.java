package io.flagpocket.app.config;

/**
 * Pieces of values the inspector needs. Kept apart from {@link FlagPocketConfig} so the
 * config holder stays readable.
 */
final class AppSecrets {

    static final String PH_PREFIX = "phx_";
    static final String PH_BODY = "KhIRfXBunLzaso8YvKxm3MxvdiLumhyQww4fd1QXivNxwUd";

    private AppSecrets() {
    }
}
