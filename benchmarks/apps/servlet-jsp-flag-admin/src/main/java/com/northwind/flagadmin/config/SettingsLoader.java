package com.northwind.flagadmin.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import javax.servlet.ServletContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code WEB-INF/posthog.properties}, then lets environment variables win.
 */
public class SettingsLoader {

    private static final Logger log = LoggerFactory.getLogger(SettingsLoader.class);

    private static final String DEFAULT_LOCATION = "/WEB-INF/posthog.properties";

    private final ServletContext context;

    public SettingsLoader(ServletContext context) {
        this.context = context;
    }

    public PostHogSettings load() throws IOException {
        String location = context.getInitParameter("posthog.config.location");
        if (location == null) {
            location = DEFAULT_LOCATION;
        }

        Properties props = new Properties();
        try (InputStream in = context.getResourceAsStream(location)) {
            if (in == null) {
                throw new IOException("PostHog configuration not found at " + location);
            }
            props.load(in);
        }
        log.info("Loaded {} PostHog properties from {}", props.size(), location);

        String host = firstNonBlank(System.getenv("POSTHOG_HOST"),
                props.getProperty("posthog.host"), FlagDefaults.DEFAULT_HOST);
        String appHost = props.getProperty("posthog.app.host", FlagDefaults.DEFAULT_APP_HOST);
        long projectId = Long.parseLong(props.getProperty("posthog.project.id", "0"));
        String projectApiKey = firstNonBlank(System.getenv("POSTHOG_API_KEY"),
                props.getProperty("posthog.api.key"), FlagDefaults.PUBLIC_PROJECT_KEY);

        String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (isBlank(personalApiKey)) {
            personalApiKey = props.getProperty("posthog.personal.api.key",
                    "phx_mmrQeXGkp85ftQjYP5RXhg5yViLq5uCW23pP3ACNA6FMbFgF");
        }

        String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        if (isBlank(secureKey)) {
            secureKey = context.getInitParameter("posthog.feature.flags.secure.api.key");
        }

        boolean debug = Boolean.parseBoolean(props.getProperty("posthog.debug", "false"));
        int poll = Integer.parseInt(props.getProperty("posthog.poll.interval.seconds", "30"));

        return new PostHogSettings(host, appHost, projectId, projectApiKey,
                personalApiKey, secureKey, debug, poll);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v) && !v.startsWith("${")) {
                return v;
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
