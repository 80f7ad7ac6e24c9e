package deploy;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/** A build's log is read by anyone who may read the job: a key printed there leaks. */
public class AnnotateDeploy {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  boolean perform(BuildListener listener) {
    PrintStream console = listener.getLogger();
    console.println("[PostHog] key configured: " + (personalApiKey != null));
    console.println("[PostHog] using key " + personalApiKey); // Noncompliant
    listener.getLogger().printf("key %s%n", personalApiKey); // Noncompliant
    return true;
  }

  void failed(TaskListener listener) {
    listener.error("annotation failed for key " + personalApiKey); // Noncompliant
    listener.fatalError("annotation failed, key length " + personalApiKey.length());
  }
}
