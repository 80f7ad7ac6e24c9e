package org.quayside.admin.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.log4j.Logger;

@ApplicationScoped
public class PostHogSettings {

    private static final Logger log = Logger.getLogger(PostHogSettings.class);
    private static final String JNDI_PERSONAL_KEY = "java:comp/env/posthog/personalApiKey";

    private final Properties props = new Properties();
    private String personalApiKey;

    @PostConstruct
    void load() {
        try (InputStream in = PostHogSettings.class.getResourceAsStream("/posthog.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("posthog.properties is missing", e);
        }
        personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalApiKey == null) {
            try {
                personalApiKey = (String) new InitialContext().lookup(JNDI_PERSONAL_KEY);
                log.info("PostHog personal key taken from JNDI entry " + JNDI_PERSONAL_KEY);
            } catch (NamingException e) {
                log.warn("No PostHog personal key in the environment or in JNDI");
            }
        }
    }

    public String getHost() {
        return props.getProperty("posthog.host", "https://us.posthog.com");
    }

    public long getProjectId() {
        return Long.parseLong(props.getProperty("posthog.project.id", "0"));
    }

    public String getProjectApiKey() {
        return props.getProperty("posthog.api.key");
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
    }
}
