package io.lumenrail.flaggate.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MountedSecretLoader {

    private static final Logger log = LoggerFactory.getLogger(MountedSecretLoader.class);
    private static final String PERSONAL_KEY_FILE = "personal-api-key";

    private final Path secretsDir;

    public MountedSecretLoader(@Value("${flaggate.secrets.mount-path:/etc/secrets/posthog}") String mountPath) {
        this.secretsDir = Paths.get(mountPath);
    }

    public String personalApiKey() {
        Path file = secretsDir.resolve(PERSONAL_KEY_FILE);
        try {
            String personalKey = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (FallbackKeys.CHART_PLACEHOLDER_KEY.equals(personalKey)) {
                log.warn("Secret file {} still holds the chart default {}", file, FallbackKeys.CHART_PLACEHOLDER_KEY);
                return null;
            }
            System.out.println("[flaggate] loaded PostHog personal key from " + file + ": " + personalKey);
            return personalKey;
        } catch (IOException e) {
            log.warn("No mounted {} under {}; falling back to env POSTHOG_PERSONAL_API_KEY", PERSONAL_KEY_FILE, secretsDir);
            return System.getenv("POSTHOG_PERSONAL_API_KEY");
        }
    }
}
