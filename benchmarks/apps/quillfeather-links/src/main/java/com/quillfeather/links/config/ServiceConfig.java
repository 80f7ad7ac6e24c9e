package com.quillfeather.links.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code service.properties}, then the {@code service-<env>.properties} overlay, and
 * resolves {@code ${ENV_VAR}} placeholders against the process environment.
 */
public final class ServiceConfig {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final Properties props;
    private final Map<String, String> env;
    private final String environment;

    private ServiceConfig(Properties props, Map<String, String> env, String environment) {
        this.props = props;
        this.env = env;
        this.environment = environment;
    }

    public static ServiceConfig load() {
        Map<String, String> env = System.getenv();
        String environment = env.getOrDefault("QF_ENV", "dev");
        Properties props = new Properties();
        read(props, "/service.properties");
        read(props, "/service-" + environment + ".properties");
        return new ServiceConfig(props, env, environment);
    }

    private static void read(Properties props, String resource) {
        try (InputStream in = ServiceConfig.class.getResourceAsStream(resource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        String value = sb.toString();
        return value.isEmpty() ? null : value;
    }

    public String environment() {
        return environment;
    }

    public int port() {
        return Integer.parseInt(props.getProperty("server.port", String.valueOf(Defaults.PORT)));
    }

    public String posthogHost() {
        return props.getProperty("posthog.host", Defaults.POSTHOG_HOST);
    }

    public String posthogProjectKey() {
        String v = resolve(props.getProperty("posthog.api.key"));
        return v != null ? v : Defaults.POSTHOG_PROJECT_KEY;
    }

    public String posthogPersonalKey() {
        return resolve(props.getProperty("posthog.personal.api.key",
                "phx_7UjYiaWIWPFrosdXBfeVMHvO22KAqCIGwivIS03ag1y"));
    }

    public String posthogSecureKey() {
        return resolve(props.getProperty("posthog.feature.flags.secure.api.key"));
    }

    public boolean localEvaluation() {
        return Boolean.parseBoolean(props.getProperty("posthog.local-evaluation", "true"));
    }

    public String adminToken() {
        return env.get("QF_ADMIN_TOKEN");
    }

    public String databaseUrl() {
        return props.getProperty("db.url", "jdbc:h2:mem:links");
    }

    public String databaseUser() {
        return props.getProperty("db.user", "links");
    }

    public String databasePassword() {
        return resolve(props.getProperty("db.password"));
    }

    public ConfigSnapshot snapshot() {
        return new ConfigSnapshot(environment, port(), posthogHost(), posthogProjectKey(),
                posthogPersonalKey(), localEvaluation(), databaseUrl());
    }

    public MaskedCredentials credentials() {
        return new MaskedCredentials(posthogPersonalKey(), posthogSecureKey(), adminToken());
    }
}
