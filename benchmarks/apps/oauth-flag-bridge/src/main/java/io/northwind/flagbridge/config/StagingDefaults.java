package io.northwind.flagbridge.config;

/**
 * Values the staging stack falls back to when the matching secret has not been
 * mounted yet (fresh preview environments come up before Vault sync finishes).
 */
public final class StagingDefaults {

    public static final String PROJECT_ID = "48213";

    public static final String ORGANISATION_SLUG = "northwind-staging";

    public static final String FLAGS_KEY_BODY = "nFKvJ2vsxU7ZG62wYrrdceHPLGodzqNuGuGvtjtUNUNzEus7";

    private StagingDefaults() {
    }
}
