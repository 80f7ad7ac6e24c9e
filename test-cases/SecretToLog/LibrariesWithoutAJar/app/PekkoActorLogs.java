package app;

import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.event.Logging;
import org.apache.pekko.event.LoggingAdapter;

/** Pekko actors log through their context's SLF4J logger or a classic logging adapter. */
public class PekkoActorLogs extends AbstractBehavior<String> {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void typed(ActorContext<String> context) {
    getContext().getLog().info("polling with {}", personalApiKey); // Noncompliant
    context.getLog().debug("polling with {}", personalApiKey); // Noncompliant
    getContext().getLog().info("capturing with {}", projectApiKey);
  }

  void classic(Object system) {
    LoggingAdapter log = Logging.getLogger(system, this);
    log.info("polling with {}", personalApiKey); // Noncompliant
    log.warning("polling with {} characters", personalApiKey.length());
    Logging.getLogger(system, this).warning("polling with {}", personalApiKey); // Noncompliant
  }
}
