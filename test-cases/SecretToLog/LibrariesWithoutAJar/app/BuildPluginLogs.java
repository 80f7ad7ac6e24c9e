package app;

import org.apache.maven.plugin.AbstractMojo;
import org.gradle.api.DefaultTask;

/** A Maven plugin's and a Gradle task's build log: CI keeps it, and shows it to every reader. */
public class BuildPluginLogs {
  static class SyncMojo extends AbstractMojo {
    private String personalApiKey;

    @Override
    public void execute() {
      getLog().debug("Using key " + personalApiKey); // Noncompliant
      this.getLog().info("Key: " + personalApiKey); // Noncompliant
      getLog().info("Personal API key configured: " + (personalApiKey != null));
    }
  }

  abstract static class SyncTask extends DefaultTask {
    private String personalApiKey;

    void sync() {
      getLogger().lifecycle("Using key {}", personalApiKey); // Noncompliant
      getProject().getLogger().info("Key: {}", personalApiKey); // Noncompliant
      getLogger().info("Key length {}", personalApiKey.length());
    }

    abstract org.gradle.api.provider.Property<String> getHost();

    void fallbacks(org.gradle.api.provider.Property<String> configured) {
      String key = configured.getOrElse(System.getenv("POSTHOG_PERSONAL_API_KEY"));
      getLogger().lifecycle("Using key {}", key); // Noncompliant
      getLogger().lifecycle("Using host {}", getHost().getOrElse("https://us.i.posthog.com"));
    }
  }
}
