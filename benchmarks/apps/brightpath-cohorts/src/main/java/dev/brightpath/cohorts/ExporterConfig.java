package dev.brightpath.cohorts;

import java.nio.file.Path;
import java.util.Objects;

/** Immutable exporter settings; build with {@link #builder()}. */
public final class ExporterConfig {

  private final String projectApiKey;
  private final String personalApiKey;
  private final String host;
  private final String privateHost;
  private final long projectId;
  private final int batchSize;
  private final Path outputDir;
  private final boolean dryRun;

  private ExporterConfig(Builder b) {
    this.projectApiKey = b.projectApiKey;
    this.personalApiKey = b.personalApiKey;
    this.host = b.host;
    this.privateHost = b.privateHost;
    this.projectId = b.projectId;
    this.batchSize = b.batchSize;
    this.outputDir = b.outputDir;
    this.dryRun = b.dryRun;
  }

  public static Builder builder() {
    return new Builder();
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

  public String privateHost() {
    return privateHost;
  }

  public long projectId() {
    return projectId;
  }

  public int batchSize() {
    return batchSize;
  }

  public Path outputDir() {
    return outputDir;
  }

  public boolean dryRun() {
    return dryRun;
  }

  /** One line for logs, with the key masked. */
  public String describe() {
    return "ExporterConfig[host=" + host + ", projectId=" + projectId + ", personalApiKey=" + Masking.mask(personalApiKey) + ", batchSize=" + batchSize + ", dryRun=" + dryRun + "]";
  }

  @Override
  public String toString() {
    return "ExporterConfig{projectApiKey=" + projectApiKey + ", personalApiKey=" + personalApiKey + ", host=" + host + ", privateHost=" + privateHost + ", projectId=" + projectId + ", batchSize=" + batchSize + ", outputDir=" + outputDir + ", dryRun=" + dryRun + "}";
  }

  public static final class Builder {
    private String projectApiKey;
    private String personalApiKey;
    private String host = "https://eu.i.posthog.com";
    private String privateHost = "https://eu.posthog.com";
    private long projectId;
    private int batchSize = 500;
    private Path outputDir = Path.of("out");
    private boolean dryRun;

    private Builder() {}

    public Builder projectApiKey(String projectApiKey) {
      this.projectApiKey = projectApiKey;
      return this;
    }

    public Builder personalApiKey(String personalApiKey) {
      this.personalApiKey = personalApiKey;
      return this;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder privateHost(String privateHost) {
      this.privateHost = privateHost;
      return this;
    }

    public Builder projectId(long projectId) {
      this.projectId = projectId;
      return this;
    }

    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    public Builder outputDir(Path outputDir) {
      this.outputDir = outputDir;
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    public ExporterConfig build() {
      Objects.requireNonNull(projectApiKey, "posthog.api.key is required");
      if (projectId <= 0) {
        throw new ConfigException("posthog.project.id must be a positive number, got " + projectId);
      }
      return new ExporterConfig(this);
    }
  }
}
