package io.trailmark.tools.flagsnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Settings for the snapshot task: environment variables first, then {@code snapshot.properties}.
 */
final class SnapshotSettings {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String distinctId;
    private final Path output;

    private SnapshotSettings(String host, String projectApiKey, String personalApiKey, String distinctId, Path output) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.distinctId = distinctId;
        this.output = output;
    }

    static SnapshotSettings load(String[] args) throws IOException {
        Properties props = new Properties();
        try (InputStream in = SnapshotSettings.class.getResourceAsStream("/snapshot.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        String host = firstNonBlank(System.getenv("POSTHOG_HOST"), props.getProperty("posthog.host"));
        String projectKey = firstNonBlank(System.getenv("POSTHOG_PROJECT_API_KEY"), props.getProperty("posthog.project-api-key"));
        String personalKey = firstNonBlank(System.getenv("POSTHOG_PERSONAL_API_KEY"), props.getProperty("posthog.personal-api-key"));
        String distinctId = props.getProperty("snapshot.distinct-id", "ci-flag-snapshot");
        Path output = Paths.get(args.length > 0 ? args[0]
                : firstNonBlank(System.getenv("SNAPSHOT_OUTPUT"), props.getProperty("snapshot.output")));
        if (projectKey == null || personalKey == null) {
            throw new IllegalStateException("posthog.project-api-key and posthog.personal-api-key are required");
        }
        return new SnapshotSettings(host, projectKey, personalKey, distinctId, output);
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    String host() {
        return host;
    }

    String privateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    String projectApiKey() {
        return projectApiKey;
    }

    String personalApiKey() {
        return personalApiKey;
    }

    String distinctId() {
        return distinctId;
    }

    Path output() {
        return output;
    }

    String personalKeyFingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(personalApiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
