package com.northwind.flagsnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ExportSettings {

    public static final String PROP_PROJECT_KEY = "posthog.api.key";
    public static final String PROP_PERSONAL_KEY = "posthog.personal-api-key";
    public static final String PROP_HOST = "posthog.host";

    /** Public project token of the "Flag Console" project; safe to ship. */
    public static final String PROJECT_API_KEY = "phc_95YW3gZnCAwLhjn3RS9KSfXBZQTPyXzPtJzoJSGSLJenND2R";

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;
    private final String appHost;
    private final int projectId;
    private final String outputDir;

    private ExportSettings(Properties props) {
        this.projectApiKey = resolve(props.getProperty(PROP_PROJECT_KEY), PROJECT_API_KEY);
        this.personalApiKey = resolve(props.getProperty(PROP_PERSONAL_KEY), null);
        this.host = resolve(props.getProperty(PROP_HOST), "https://eu.i.posthog.com");
        this.appHost = props.getProperty("posthog.app-host", "https://eu.posthog.com");
        this.projectId = Integer.parseInt(props.getProperty("posthog.project-id", "0"));
        this.outputDir = props.getProperty("snapshot.output-dir", "build/flag-snapshots");
    }

    public static ExportSettings load() {
        Properties props = new Properties();
        try (InputStream in = ExportSettings.class.getResourceAsStream("/flagsnapshot.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read flagsnapshot.properties", e);
        }
        return new ExportSettings(props);
    }

    private static String resolve(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        Matcher m = ENV_REF.matcher(raw);
        if (m.matches()) {
            String value = System.getenv(m.group(1));
            return value != null ? value : fallback;
        }
        return raw;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String host() {
        return host;
    }

    public String appHost() {
        return appHost;
    }

    public int projectId() {
        return projectId;
    }

    public String outputDir() {
        return outputDir;
    }

    @Override
    public String toString() {
        return "ExportSettings[host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + personalApiKey
                + ", outputDir=" + outputDir + "]";
    }
}
