package com.cobaltmill.portal.config;

/**
 * Where the portal looks for its settings. Context parameters come from web.xml, JNDI entries
 * from Tomcat's context.xml, system properties from {@code JAVA_OPTS}.
 */
public final class ConfigKeys {

    public static final String CTX_PROJECT_API_KEY = "posthog.projectApiKey";
    public static final String CTX_PERSONAL_API_KEY = "posthog.personalApiKey";
    public static final String CTX_HOST = "posthog.host";
    public static final String CTX_PROJECT_ID = "posthog.projectId";

    public static final String JNDI_PERSONAL_API_KEY = "java:comp/env/posthog/personalApiKey";
    public static final String SYSPROP_PERSONAL_API_KEY = "posthog.personal.api.key";
    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";

    public static final String CONFIG_ATTRIBUTE = "com.cobaltmill.portal.config";
    public static final String SESSION_COOKIE = "JSESSIONID";
    public static final String PARTNER_TOKEN_HEADER = "X-Partner-Token";

    private ConfigKeys() {
    }
}
