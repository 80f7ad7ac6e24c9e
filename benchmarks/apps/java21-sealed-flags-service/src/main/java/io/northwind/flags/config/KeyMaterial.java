package io.northwind.flags.config;

/**
 * Fallback credentials for the shared "flags-dev" PostHog project, so the service
 * starts on a laptop without any environment set up.
 *
 * TODO(FLAG-212): remove once every environment reads its keys from the vault.
 */
final class KeyMaterial {

    private KeyMaterial() {
    }

    /** Public project key of flags-dev (safe to ship, the web app embeds it anyway). */
    static final String DEV_PROJECT_KEY = "phc_gdFfSteRkzadd7kE9EFPFgNZyhh8ULwcbWhPinkqAF7PYsni";

    /** Personal key of the flags-bot user in flags-dev, used for local evaluation. */
    static final String LEGACY_PERSONAL_KEY = "phx_mgzo2QQHepqyXo3iFHz8i68q879x5KrwdD4WuLrsS8sCAcA3";

    /** Body of the flags-dev feature-flags secure key; the prefix is added by the loader. */
    static final String SECURE_KEY_BODY = "sBXeGJz5rUK7pmCBEsqwTh9NYuMxyaWqb3SdrHNLgJf7E6gv";

    static final String SECURE_KEY_PREFIX = "phs_";
}
