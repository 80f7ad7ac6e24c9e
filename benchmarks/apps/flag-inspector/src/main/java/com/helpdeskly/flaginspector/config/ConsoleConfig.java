package com.helpdeskly.flaginspector.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.prefs.Preferences;

/** Settings of the console: the embedded console*.properties, overridden by the agent's preferences. */
public final class ConsoleConfig {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PREF_REGION = "region";
    public static final String PREF_HOST = "host";
    public static final String PREF_LAST_AGENT = "lastAgentEmail";
    public static final String PREF_GATEWAY_TOKEN = "gateway.token";
    public static final String PREF_REMEMBER_SESSION = "rememberSession";

    private final Properties properties;
    private final Preferences prefs;

    private ConsoleConfig(Properties properties, Preferences prefs) {
        this.properties = properties;
        this.prefs = prefs;
    }

    public static ConsoleConfig load() throws IOException {
        Preferences prefs = Preferences.userNodeForPackage(ConsoleConfig.class);
        Properties properties = new Properties();
        loadInto(properties, "/console.properties");
        if ("eu".equals(prefs.get(PREF_REGION, "us"))) {
            loadInto(properties, "/console-eu.properties");
        }
        return new ConsoleConfig(properties, prefs);
    }

    private static void loadInto(Properties properties, String resource) throws IOException {
        try (InputStream in = ConsoleConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource + " in the console jar");
            }
            properties.load(in);
        }
    }

    public String getProjectApiKey() {
        return properties.getProperty("posthog.api.key");
    }

    public String getPersonalApiKey() {
        return properties.getProperty(PERSONAL_KEY_PROPERTY);
    }

    public boolean hasPersonalApiKey() {
        String key = getPersonalApiKey();
        return key != null && !key.isBlank();
    }

    public String getHost() {
        return prefs.get(PREF_HOST, properties.getProperty("posthog.host"));
    }

    public String getApiHost() {
        return properties.getProperty("posthog.api-host");
    }

    public String getProjectId() {
        return properties.getProperty("posthog.project-id");
    }

    public String getGatewayUrl() {
        return properties.getProperty("support.gateway-url");
    }

    public Preferences preferences() {
        return prefs;
    }
}
