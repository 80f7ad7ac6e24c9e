package com.brightloop.rollout.support;

public final class PostHogFixtures {

    public static final String PROJECT_KEY = "phc_sMGiHcvrS8sU2gN7NwKfL9gSjeG89chqReTvwgNGIHz";
    public static final String PERSONAL_KEY = "phx_6vf3m2ef5TKwMekHjPRGxEREOqcAZRHNaQl2wccSNZAgEp0";
    public static final String SECURE_KEY = "phs_JsYwUxYbm8bCSj0YOGEKq6A7CFbHEp8v3rURBEsseuGnQQn";
    public static final String MASKED_PERSONAL_KEY = "phx_...gEp0";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PROJECT_ID = "48213";
    public static final String DISTINCT_ID = "user-7f3c2a";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String FLAGS_PATH = "/api/projects/" + PROJECT_ID + "/feature_flags/";

    private PostHogFixtures() {
    }

    public static String localEvaluationBody() {
        return """
                {
                  "flags": [
                    {
                      "id": 101,
                      "team_id": 48213,
                      "key": "new-checkout",
                      "active": true,
                      "filters": {
                        "groups": [ { "properties": [], "rollout_percentage": 100 } ]
                      }
                    },
                    {
                      "id": 102,
                      "team_id": 48213,
                      "key": "dark-mode",
                      "active": false,
                      "filters": { "groups": [] }
                    }
                  ],
                  "group_type_mapping": {},
                  "cohorts": {}
                }
                """;
    }

    public static String flagPageBody() {
        return """
                {
                  "count": 2,
                  "next": null,
                  "results": [
                    { "id": 101, "key": "new-checkout", "active": true },
                    { "id": 102, "key": "dark-mode", "active": false }
                  ]
                }
                """;
    }
}
