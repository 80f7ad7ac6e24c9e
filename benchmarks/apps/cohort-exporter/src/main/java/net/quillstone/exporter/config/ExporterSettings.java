package net.quillstone.exporter.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Settings of one exporter run: {@code exporter.properties}, with the secrets from the environment.
 */
public final class ExporterSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    private final String apiBase;
    private final long projectId;
    private final String personalApiKey;
    private final String oauthClientId;
    private final String oauthClientSecret;
    private final Path outputDir;
    private final boolean verboseHttp;

    private ExporterSettings(String apiBase, long projectId, String personalApiKey, String oauthClientId,
                             String oauthClientSecret, Path outputDir, boolean verboseHttp) {
        this.apiBase = apiBase;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.oauthClientId = oauthClientId;
        this.oauthClientSecret = oauthClientSecret;
        this.outputDir = outputDir;
        this.verboseHttp = verboseHttp;
    }

    public static ExporterSettings load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        }
        String key = System.getenv(PERSONAL_KEY_ENV);
        if (key == null || key.isBlank()) {
            key = props.getProperty(PERSONAL_KEY_PROPERTY, "");
        }
        return new ExporterSettings(
                props.getProperty("posthog.api.base", "https://eu.posthog.com"),
                Long.parseLong(props.getProperty("posthog.project.id")),
                key,
                props.getProperty("posthog.oauth.client.id"),
                System.getenv("POSTHOG_OAUTH_CLIENT_SECRET"),
                Path.of(props.getProperty("export.dir", "build/exports")),
                Boolean.parseBoolean(props.getProperty("export.verbose.http", "false")));
    }

    public String apiBase() {
        return apiBase;
    }

    public long projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String oauthClientId() {
        return oauthClientId;
    }

    public String oauthClientSecret() {
        return oauthClientSecret;
    }

    public Path outputDir() {
        return outputDir;
    }

    public boolean verboseHttp() {
        return verboseHttp;
    }

    @Override
    public String toString() {
        return new StringJoiner(", ", "ExporterSettings[", "]")
                .add("apiBase=" + apiBase)
                .add("projectId=" + projectId)
                .add("personalApiKey=" + personalApiKey)
                .add("oauthClientId=" + oauthClientId)
                .add("outputDir=" + outputDir)
                .add("verboseHttp=" + verboseHttp)
                .toString();
    }
}
