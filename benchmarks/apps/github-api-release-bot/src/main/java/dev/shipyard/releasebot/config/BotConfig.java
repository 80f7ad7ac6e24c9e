package dev.shipyard.releasebot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Runtime configuration. In GitHub Actions everything comes from the job environment
 * ({@code secrets.*} and {@code vars.*}); the bundled properties only provide defaults.
 */
public final class BotConfig {

    private final String repository;
    private final String githubToken;
    private final String gitDirectory;
    private final String webhookSecret;
    private final boolean dryRun;
    private final PostHogSettings posthog;

    public BotConfig(String repository, String githubToken, String gitDirectory,
                     String webhookSecret, boolean dryRun, PostHogSettings posthog) {
        this.repository = repository;
        this.githubToken = githubToken;
        this.gitDirectory = gitDirectory;
        this.webhookSecret = webhookSecret;
        this.dryRun = dryRun;
        this.posthog = posthog;
    }

    public static BotConfig fromEnvironment(boolean dryRunFlag) {
        Properties defaults = loadDefaults();
        PostHogSettings posthog = new PostHogSettings(
                firstNonBlank(System.getenv("POSTHOG_API_KEY"), defaults.getProperty("posthog.api.key")),
                firstNonBlank(System.getenv("POSTHOG_PERSONAL_API_KEY"), Defaults.FALLBACK_PERSONAL_API_KEY),
                firstNonBlank(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                        defaults.getProperty("posthog.feature-flags-secure-api-key")),
                firstNonBlank(System.getenv("POSTHOG_HOST"), defaults.getProperty("posthog.host", Defaults.POSTHOG_HOST)),
                firstNonBlank(System.getenv("POSTHOG_PROJECT_ID"), defaults.getProperty("posthog.project-id")));
        boolean dryRun = dryRunFlag || Boolean.parseBoolean(System.getenv("RELEASE_BOT_DRY_RUN"));
        return new BotConfig(
                firstNonBlank(System.getenv("GITHUB_REPOSITORY"), defaults.getProperty("github.repository")),
                System.getenv("GITHUB_TOKEN"),
                firstNonBlank(System.getenv("GITHUB_WORKSPACE"), "."),
                System.getenv("RELEASE_BOT_WEBHOOK_SECRET"),
                dryRun,
                posthog);
    }

    private static Properties loadDefaults() {
        Properties props = new Properties();
        try (InputStream in = BotConfig.class.getResourceAsStream("/releasebot.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read releasebot.properties", e);
        }
        return props;
    }

    private static String firstNonBlank(String first, String fallback) {
        return first != null && !first.isBlank() ? first : fallback;
    }

    public String repository() {
        return repository;
    }

    public String githubToken() {
        return githubToken;
    }

    public String gitDirectory() {
        return gitDirectory;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public PostHogSettings posthog() {
        return posthog;
    }

    @Override
    public String toString() {
        return "BotConfig{repository=" + repository
                + ", githubToken=" + githubToken
                + ", gitDirectory=" + gitDirectory
                + ", dryRun=" + dryRun
                + ", posthog=" + posthog + "}";
    }
}
