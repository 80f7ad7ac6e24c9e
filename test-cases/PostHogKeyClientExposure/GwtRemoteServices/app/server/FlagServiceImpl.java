package app.server;

import app.shared.Bootstrap;
import app.shared.FlagService;
import com.google.gwt.user.server.rpc.RemoteServiceServlet;

/** The server side of a GWT-RPC service: its public methods answer the browser. */
public class FlagServiceImpl extends RemoteServiceServlet implements FlagService {
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Override
  public Bootstrap bootstrap() {
    return new Bootstrap(projectApiKey, personalApiKey); // Noncompliant
  }

  @Override
  public String projectKey() {
    return projectApiKey;
  }

  private String personalKey() {
    return personalApiKey;
  }

  static String fallbackKey() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY");
  }
}
