package tapestryflags;

import org.apache.tapestry5.http.services.Cookies;

/** Tapestry 5.7 and later: the same cookies, in their new package. */
public class ImpersonationPage {
  private final AnalyticsSettings settings;
  private final Cookies cookies;

  public ImpersonationPage(AnalyticsSettings settings, Cookies cookies) {
    this.settings = settings;
    this.cookies = cookies;
  }

  void onActivate() {
    cookies.writeCookieValue("ph_flags", settings.getFlagsKey()); // Noncompliant
    cookies.writeCookieValue("ph_project", settings.getProjectApiKey());
  }
}
