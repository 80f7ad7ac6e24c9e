package actions;

import com.opensymphony.xwork2.ActionSupport;

/** A Struts action's getters are what its JSP renders (<s:property value="flagsKey"/>). */
public class DashboardAction extends ActionSupport {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public String execute() {
    return "success";
  }

  public String getFlagsKey() {
    return flagsSecureKey; // Noncompliant
  }

  public String getProjectKey() {
    return projectApiKey;
  }

  public int getFlagsKeyLength() {
    return flagsSecureKey == null ? 0 : flagsSecureKey.length();
  }
}
