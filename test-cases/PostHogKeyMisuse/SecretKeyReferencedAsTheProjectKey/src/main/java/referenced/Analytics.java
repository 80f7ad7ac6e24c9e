package referenced;

import com.posthog.server.PostHogConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code reads what it takes for the project key: logging it is no leak by the code's reading;
 * the misuse is where the deployment sets it, and where it is given as the project key.
 */
public class Analytics {
  private static final Logger log = LoggerFactory.getLogger(Analytics.class);

  private final PostHogProperties props;

  Analytics(PostHogProperties props) {
    this.props = props;
  }

  PostHogConfig config() {
    log.info("PostHog project {} at {}", props.apiKey(), props.host());
    return PostHogConfig.builder(props.apiKey()).host(props.host()).build(); // Noncompliant {{PostHog personal API key from posthog.api-key (from docker-compose.yml:7) passed as the project API key of PostHogConfig.builder(): capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}}
  }
}
