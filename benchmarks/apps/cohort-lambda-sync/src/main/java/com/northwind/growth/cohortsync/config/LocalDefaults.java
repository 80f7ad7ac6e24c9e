package com.northwind.growth.cohortsync.config;

/**
 * Fallback values for {@code sam local invoke} and {@code cohort-sync --stage local}, pointing at
 * the "cohort-sync-sandbox" project in our EU PostHog organisation.
 */
final class LocalDefaults {

    static final String HOST = "https://eu.posthog.com";
    static final long PROJECT_ID = 48213L;
    static final String PROJECT_API_KEY = "phc_frn3qHwrpETDwnXv94N9hoyxrsRE7UtCNNeLf2sSnibi";

    // sandbox project only; local evaluation needs a secure key even against the sandbox
    static final String FLAGS_SECURE_KEY = SettingsNames.SECURE_KEY_PREFIX + "GQedHRAWf9WtaLoVtpayCNTb" + "sAQjYwaEpidP52iMJBXJNCoH";

    static final String WAREHOUSE_JDBC_URL = "jdbc:postgresql://localhost:5432/analytics";
    static final String WAREHOUSE_USER = "cohort_sync";
    static final String WAREHOUSE_SCHEMA = "audiences";
    static final int BATCH_SIZE = 200;

    private LocalDefaults() {
    }
}
