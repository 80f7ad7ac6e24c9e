package com.northwind.portal.config;

/**
 * Pieces of the credentials used by the shared staging stack.
 *
 * <p>Staging runs without Vault, so PortalSettings falls back to these when no key is
 * passed on the command line. TODO(ops-412): move staging to Vault and delete this class.
 */
final class KeyParts {

    static final String PERSONAL_PREFIX = "phx_";

    static final String STAGING_PERSONAL_BODY = "x8PqsXigYSkZCZ3tun7fThpr5iPe6coXjA7FoxdX2XZUyrd7";

    static final String STAGING_HOST = "https://eu.posthog.com";

    private KeyParts() {
    }
}
