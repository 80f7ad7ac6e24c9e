package fallback;

import java.util.Properties;

/** Reads the portal's settings; other files ask it for each. */
public final class PortalSettings {
  private final Properties props;

  public PortalSettings(Properties props) {
    this.props = props;
  }

  public String analyticsFallbackKey() {
    return props.getProperty("analytics.fallback-key");
  }

  public String analyticsRegion() {
    return props.getProperty("analytics.region");
  }

  public String posthogHost() {
    return props.getProperty("posthog.host");
  }
}
