package backfill;

import com.posthog.java.PostHog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A one-off job run from the module's root: it reads config/backfill.properties and the variables
 * its Kubernetes manifest sets. Files in the module's config/ and k8s/ folders speak for its code.
 */
public class BackfillCommand {
  PostHog fromTheFile() throws IOException {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("config/backfill.properties"))) {
      props.load(reader);
    }
    return new PostHog.Builder(props.getProperty("posthog.api.key")).build(); // Noncompliant
  }

  PostHog fromTheEnvironment() {
    return new PostHog.Builder(System.getenv("POSTHOG_PROJECT_API_KEY")).build(); // Noncompliant
  }
}
