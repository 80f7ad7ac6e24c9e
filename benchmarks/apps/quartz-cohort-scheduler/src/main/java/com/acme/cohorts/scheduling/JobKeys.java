package com.acme.cohorts.scheduling;

/** Names shared by the scheduler bootstrap and the jobs it registers. */
public final class JobKeys {

    public static final String GROUP = "cohorts";
    public static final String SYNC_JOB = "cohort-sync";
    public static final String SYNC_TRIGGER = "cohort-sync-cron";

    /** JobDataMap entries. */
    public static final String PERSONAL_API_KEY = "personalApiKey";
    public static final String COHORT_FILTER = "cohortFilter";

    /** SchedulerContext entries (not persisted in the JDBC store). */
    public static final String CTX_SETTINGS = "settings";
    public static final String CTX_API_CLIENT = "apiClient";
    public static final String CTX_EVENTS = "events";

    /** Which credential a job authenticates its PostHog calls with. */
    public enum TokenKind {
        PERSONAL_API_KEY,
        OAUTH_ACCESS_TOKEN
    }

    private JobKeys() {
    }
}
