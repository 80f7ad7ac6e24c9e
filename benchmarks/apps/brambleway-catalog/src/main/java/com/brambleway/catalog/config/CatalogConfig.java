package com.brambleway.catalog.config;

import com.brambleway.catalog.util.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * catalog.properties from the classpath, overridable per key through environment variables
 * (posthog.api.key -> POSTHOG_API_KEY).
 */
public final class CatalogConfig {

    private final Properties props;

    private CatalogConfig(Properties props) {
        this.props = props;
    }

    public static CatalogConfig load() {
        Properties props = new Properties();
        try (InputStream in = CatalogConfig.class.getResourceAsStream("/catalog.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : props.stringPropertyNames()) {
            String env = System.getenv(name.toUpperCase().replace('.', '_'));
            if (env != null) {
                props.setProperty(name, env);
            }
        }
        return new CatalogConfig(props);
    }

    public int port() {
        return Integer.parseInt(props.getProperty("server.port", "8080"));
    }

    public String dbUrl() {
        return props.getProperty("db.url");
    }

    public String dbUser() {
        return props.getProperty("db.user");
    }

    public String dbPassword() {
        return props.getProperty("db.password");
    }

    public String posthogHost() {
        return props.getProperty("posthog.host", "https://us.i.posthog.com");
    }

    public String posthogApiHost() {
        return props.getProperty("posthog.api.host", "https://us.posthog.com");
    }

    public String projectId() {
        return props.getProperty("posthog.project.id");
    }

    public String projectApiKey() {
        return props.getProperty("posthog.api.key", Keys.STOREFRONT_PROJECT_KEY);
    }

    public String personalApiKey() {
        return props.getProperty(Keys.PERSONAL_KEY_PROPERTY, "phx_your_key_here");
    }

    public String flagsSecureKey() {
        return props.getProperty(Keys.FLAGS_KEY_PROPERTY, "phs_Gi2pqTGXxHzQcJJ4TJbmUzymKvSwqUys5z5BNLJKSZs7cw56");
    }

    public boolean devMode() {
        return Boolean.parseBoolean(props.getProperty("catalog.dev", "false"));
    }

    /** Masked summary for logs. */
    public String describe() {
        return "host=" + posthogHost() + " project=" + projectId()
                + " personalKey=" + Secrets.mask(personalApiKey())
                + " flagsKey=" + Secrets.mask(flagsSecureKey());
    }

    @Override
    public String toString() {
        return "CatalogConfig" + props;
    }
}
