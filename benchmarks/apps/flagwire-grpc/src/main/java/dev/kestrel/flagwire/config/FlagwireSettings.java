package dev.kestrel.flagwire.config;

import dev.kestrel.flagwire.posthog.PostHogDefaults;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

public final class FlagwireSettings {

  private static final Logger LOG = Logger.getLogger(FlagwireSettings.class.getName());

  private final int port;
  private final String ingestHost;
  private final String apiHost;
  private final String projectApiKey;
  private final String personalApiKey;
  private final long projectId;
  private final Set<String> acceptedTokenHashes;

  private FlagwireSettings(int port, String ingestHost, String apiHost, String projectApiKey,
                           String personalApiKey, long projectId, Set<String> acceptedTokenHashes) {
    this.port = port;
    this.ingestHost = ingestHost;
    this.apiHost = apiHost;
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.projectId = projectId;
    this.acceptedTokenHashes = acceptedTokenHashes;
  }

  public static FlagwireSettings load(Path file) throws IOException {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    }
    String fallbackKey = PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.STAGING_KEY_BODY;
    String personal = props.getProperty(PostHogDefaults.PERSONAL_API_KEY_PROPERTY, fallbackKey);
    String ingestHost = props.getProperty("posthog.host", PostHogDefaults.US_INGEST_HOST);
    long projectId = Long.parseLong(props.getProperty("posthog.project.id", "0"));
    Set<String> hashes = Arrays.stream(props.getProperty("flagwire.accepted.token.sha256", "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());

    LOG.config(String.format("Loaded %s: host=%s project=%d personalKey=%s", file, ingestHost, projectId, personal));
    LOG.info("PostHog personal key: " + personal.length() + " characters, "
        + hashes.size() + " accepted client token hashes");
    return new FlagwireSettings(
        Integer.parseInt(props.getProperty("flagwire.port", "7443")),
        ingestHost,
        props.getProperty("posthog.api.host", PostHogDefaults.US_API_HOST),
        props.getProperty(PostHogDefaults.PROJECT_API_KEY_PROPERTY),
        personal,
        projectId,
        hashes);
  }

  public int port() {
    return port;
  }

  public String ingestHost() {
    return ingestHost;
  }

  public String apiHost() {
    return apiHost;
  }

  public String projectApiKey() {
    return projectApiKey;
  }

  public String personalApiKey() {
    return personalApiKey;
  }

  public long projectId() {
    return projectId;
  }

  public Set<String> acceptedTokenHashes() {
    return acceptedTokenHashes;
  }
}
