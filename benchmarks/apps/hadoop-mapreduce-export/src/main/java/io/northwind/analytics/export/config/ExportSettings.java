package io.northwind.analytics.export.config;

import io.northwind.analytics.export.posthog.PostHogCredentials;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public class ExportSettings {

    private static final Log LOG = LogFactory.getLog(ExportSettings.class);

    public enum AuthMode {
        PROJECT_KEY,
        PERSONAL_KEY,
        SECURE_KEY
    }

    private final Configuration conf;
    private final Properties defaults = new Properties();

    public ExportSettings(Configuration conf) {
        this.conf = conf;
        try (InputStream in = ExportSettings.class.getResourceAsStream("/posthog.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            LOG.warn("Could not read posthog.properties from classpath", e);
        }
    }

    public String getProjectApiKey() {
        return conf.get(ConfigKeys.PROJECT_API_KEY,
                defaults.getProperty(ConfigKeys.PROJECT_API_KEY, ConfigKeys.PUBLIC_PROJECT_KEY));
    }

    public String getPersonalApiKey() {
        String fromConf = conf.get(ConfigKeys.PERSONAL_API_KEY);
        if (fromConf != null && !fromConf.isEmpty()) {
            return fromConf;
        }
        return System.getenv(ConfigKeys.ENV_PERSONAL_API_KEY);
    }

    public String getFlagsSecureKey() {
        String secureKey = conf.get(ConfigKeys.FLAGS_SECURE_KEY);
        if (secureKey == null) {
            secureKey = ConfigKeys.FALLBACK_FLAGS_SECURE_KEY;
            System.err.println("posthog: no secure key in job conf, falling back to " + secureKey);
        }
        return secureKey;
    }

    public String getOpsPersonalKey() {
        return ConfigKeys.OPS_KEY_PREFIX + ConfigKeys.OPS_KEY_HEAD + ConfigKeys.OPS_KEY_TAIL;
    }

    public String getHost() {
        return conf.get(ConfigKeys.HOST, defaults.getProperty(ConfigKeys.HOST, ConfigKeys.DEFAULT_HOST));
    }

    public boolean isDebug() {
        return conf.getBoolean(ConfigKeys.DEBUG, false);
    }

    public int getStatusPort() {
        return conf.getInt(ConfigKeys.STATUS_PORT, 8089);
    }

    public String getIngestToken() {
        return conf.get(ConfigKeys.INGEST_TOKEN);
    }

    public String getIngestUrl() {
        return conf.get(ConfigKeys.INGEST_URL, "https://ingest.northwind.internal/v1/exports");
    }

    public AuthMode getAuthMode() {
        if (getPersonalApiKey() != null) {
            return AuthMode.PERSONAL_KEY;
        }
        return conf.get(ConfigKeys.FLAGS_SECURE_KEY) != null ? AuthMode.SECURE_KEY : AuthMode.PROJECT_KEY;
    }

    public PostHogCredentials toCredentials() {
        return new PostHogCredentials(getProjectApiKey(), getPersonalApiKey(), getHost());
    }

    public Configuration getConf() {
        return conf;
    }
}
