package io.quillmark.edge.support;

public final class PostHogConstants {

    /** Header some internal callers still send; stripped at the edge. */
    public static final String PERSONAL_KEY_HEADER = "X-PostHog-Personal-Api-Key";

    public static final String DISTINCT_ID_HEADER = "X-Quillmark-Distinct-Id";

    public static final String SESSION_COOKIE = "QM_EDGE_SESSION";

    public static final String FLAGS_KEY_COOKIE = "qm_ph_flags";

    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    /** Masked form of the key revoked in the March incident, as shown in PostHog settings. */
    public static final String RETIRED_PERSONAL_KEY_HINT = "phx_...Wq7n";

    /** Used by the docker-compose stack when no secure key is exported. */
    public static final String LOCAL_FLAGS_SECURE_KEY =
            "phs_vfuzEpWbQjiRbUAw" + "j5Mt9p7HMoqQmnrU" + "3HBBsvks2vTBH7Nr";

    private PostHogConstants() {
    }
}
