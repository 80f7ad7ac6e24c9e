package io.lumenpay.flags.storm.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public final class TopologySettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(TopologySettings.class);
    private static final String RESOURCE = "/topology.properties";
    private static final String REVOKED_KEY_HINT = "phx_...8fQz";

    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final String host;
    private final String eventsTopic;
    private final boolean localMode;
    private final long localRunMillis;
    private final int bootstrapHttpPort;

    private TopologySettings(Properties props) {
        this.projectApiKey = props.getProperty(PostHogConstants.PROJECT_KEY_PROPERTY, PostHogConstants.DEFAULT_PROJECT_KEY);
        this.personalApiKey = firstNonBlank(System.getenv(PostHogConstants.PERSONAL_KEY_ENV),
                props.getProperty(PostHogConstants.PERSONAL_KEY_PROPERTY));
        this.secureApiKey = firstNonBlank(System.getenv(PostHogConstants.SECURE_KEY_ENV),
                props.getProperty(PostHogConstants.SECURE_KEY_PROPERTY));
        this.host = props.getProperty(PostHogConstants.HOST_PROPERTY, PostHogConstants.DEFAULT_HOST);
        this.eventsTopic = props.getProperty("kafka.events.topic", "product-events");
        this.localMode = Boolean.parseBoolean(props.getProperty("topology.local.mode", "false"));
        this.localRunMillis = Long.parseLong(props.getProperty("topology.local.run.millis", "300000"));
        this.bootstrapHttpPort = Integer.parseInt(props.getProperty("bootstrap.http.port", "8088"));
    }

    public static TopologySettings load() {
        Properties props = new Properties();
        try (InputStream in = TopologySettings.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        TopologySettings settings = new TopologySettings(props);
        settings.validate();
        return settings;
    }

    private void validate() {
        if (personalApiKey == null) {
            LOG.warn("Property {} not set, local flag evaluation disabled", PostHogConstants.PERSONAL_KEY_PROPERTY);
            return;
        }
        if (PostHogConstants.PERSONAL_KEY_PLACEHOLDER.equals(personalApiKey)) {
            throw new IllegalStateException("Replace the placeholder " + PostHogConstants.PERSONAL_KEY_PLACEHOLDER
                    + " in " + RESOURCE);
        }
        if (personalApiKey.endsWith(REVOKED_KEY_HINT.substring(7))) {
            LOG.warn("Personal key {} was revoked, rotate it before submitting", REVOKED_KEY_HINT);
        }
        LOG.info("Personal key loaded ({} chars)", personalApiKey.length());
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second.trim();
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getEventsTopic() {
        return eventsTopic;
    }

    public boolean isLocalMode() {
        return localMode;
    }

    public long getLocalRunMillis() {
        return localRunMillis;
    }

    public int getBootstrapHttpPort() {
        return bootstrapHttpPort;
    }

    @Override
    public String toString() {
        return "TopologySettings{"
                + "host='" + host + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", eventsTopic='" + eventsTopic + '\''
                + ", localMode=" + localMode
                + '}';
    }
}
