package flags;

import hudson.model.Action;

/** What a build page shows: its summary.jelly renders these properties. */
public class DashboardAction implements Action {
  private final String eventName;
  private final String dashboardUrl;

  public DashboardAction(String eventName, String dashboardUrl) {
    this.eventName = eventName;
    this.dashboardUrl = dashboardUrl;
  }

  public String getEventName() {
    return eventName;
  }

  public String getDashboardUrl() {
    return dashboardUrl;
  }

  @Override
  public String getDisplayName() {
    return "PostHog";
  }
}
