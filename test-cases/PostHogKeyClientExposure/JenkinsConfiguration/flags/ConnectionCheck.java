package flags;

import hudson.model.Run;
import hudson.util.FormValidation;
import java.io.IOException;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerResponse2;

/** A form check's message, a build's actions and a JSON answer reach the browser. */
public class ConnectionCheck {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public FormValidation doTestConnection(String host) {
    if (host == null) {
      return FormValidation.error("No host given");
    }
    String flagsUrl = host + "/feature_flags?personal_api_key=" + personalApiKey;
    return FormValidation.okWithMarkup("Connected. <a href=\"" + flagsUrl + "\">Flags</a>"); // Noncompliant
  }

  public FormValidation doCheckProjectKey(String value) {
    return FormValidation.ok("Project key " + projectApiKey + " accepted");
  }

  void annotate(Run run) {
    run.addAction(new DashboardAction("deploy", "/dashboards/1?personal_api_key=" + personalApiKey)); // Noncompliant
    run.addAction(new DashboardAction("deploy", "/dashboards/1?token=" + projectApiKey));
  }

  public static class ClientConfig {
    private final String apiKey;
    private final String flagsKey;

    public ClientConfig(String apiKey, String flagsKey) {
      this.apiKey = apiKey;
      this.flagsKey = flagsKey;
    }

    public String getApiKey() {
      return apiKey;
    }

    public String getFlagsKey() {
      return flagsKey;
    }
  }

  public void doConfig(StaplerResponse2 rsp) throws IOException {
    rsp.getWriter().print(JSONObject.fromObject(new ClientConfig(projectApiKey, personalApiKey))); // Noncompliant
    rsp.getWriter().print(JSONObject.fromObject(new ClientConfig(projectApiKey, null)));
  }
}
