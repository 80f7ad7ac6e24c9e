package otherimage;

import com.posthog.server.PostHogConfig;

/** The project key of application.yml: the admin UI's variable of that name is another process's. */
public class EventClient {
  private final EventSettings settings;

  EventClient(EventSettings settings) {
    this.settings = settings;
  }

  PostHogConfig config() {
    return PostHogConfig.builder(settings.apiKey()).host(settings.host()).build();
  }
}
