package com.acme.flaghook.config;

import com.acme.flaghook.secrets.SecretManagerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration holder shared by every function of the deployment. Loaded once per instance (cold
 * start) from {@code flaghook.properties}, the environment and Secret Manager.
 */
public final class FlagHookConfig {

  private static final Logger LOG = Logger.getLogger(FlagHookConfig.class.getName());

  public static final String PROJECT_KEY_PROPERTY = "posthog.api-key";
  public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
  public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
  private static final String PERSONAL_KEY_SECRET_ID = "posthog-personal-api-key";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  /** Used by the local emulator when Secret Manager cannot be reached. */
  static final String FALLBACK_PERSONAL_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

  private static volatile FlagHookConfig instance;

  private final String gcpProject;
  private final String host;
  private final String projectApiKey;
  private final String personalApiKey;
  private final String flagsSecureApiKey;
  private final String posthogAccessToken;
  private final String posthogRefreshToken;

  private FlagHookConfig(
      String gcpProject,
      String host,
      String projectApiKey,
      String personalApiKey,
      String flagsSecureApiKey,
      String posthogAccessToken,
      String posthogRefreshToken) {
    this.gcpProject = gcpProject;
    this.host = host;
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.flagsSecureApiKey = flagsSecureApiKey;
    this.posthogAccessToken = posthogAccessToken;
    this.posthogRefreshToken = posthogRefreshToken;
  }

  public static FlagHookConfig get() {
    FlagHookConfig local = instance;
    if (local == null) {
      synchronized (FlagHookConfig.class) {
        local = instance;
        if (local == null) {
          local = load();
          instance = local;
        }
      }
    }
    return local;
  }

  private static FlagHookConfig load() {
    Properties props = new Properties();
    try (InputStream in = FlagHookConfig.class.getResourceAsStream("/flaghook.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read flaghook.properties", e);
    }

    String gcpProject = System.getenv().getOrDefault("GOOGLE_CLOUD_PROJECT", "acme-flags-dev");
    SecretManagerClient secrets = new SecretManagerClient(gcpProject);

    String personalApiKey =
        secrets
            .accessLatest(PERSONAL_KEY_SECRET_ID)
            .orElseGet(() -> resolve(props.getProperty(PERSONAL_KEY_PROPERTY, FALLBACK_PERSONAL_KEY)));
    String secureKey = resolve(props.getProperty(SECURE_KEY_PROPERTY));
    if (secureKey == null || secureKey.isBlank()) {
      throw new IllegalStateException("Property " + SECURE_KEY_PROPERTY + " is not set");
    }
    String accessToken = secrets.accessLatest("posthog-oauth-access-token").orElse(null);

    LOG.config("Loaded flag-webhook configuration for project " + gcpProject);
    return new FlagHookConfig(
        gcpProject,
        props.getProperty("posthog.host", "https://eu.i.posthog.com"),
        props.getProperty(PROJECT_KEY_PROPERTY),
        personalApiKey,
        secureKey,
        accessToken,
        System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN"));
  }

  /** Replaces {@code ${ENV_VAR}} with the variable's value, as our properties files use them. */
  private static String resolve(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(raw);
    return m.matches() ? System.getenv(m.group(1)) : raw;
  }

  public PostHogCredentials credentials() {
    return new PostHogCredentials(projectApiKey, personalApiKey, flagsSecureApiKey);
  }

  public String getGcpProject() {
    return gcpProject;
  }

  public String getHost() {
    return host;
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public String getFlagsSecureApiKey() {
    return flagsSecureApiKey;
  }

  public String getPosthogAccessToken() {
    return posthogAccessToken;
  }

  public String getPosthogRefreshToken() {
    return posthogRefreshToken;
  }
}
