package tapestryflags;

import org.apache.tapestry5.annotations.OnEvent;
import org.apache.tapestry5.json.JSONObject;
import org.apache.tapestry5.services.Cookies;
import org.apache.tapestry5.services.javascript.JavaScriptSupport;

/** A Tapestry page: what it writes to cookies and scripts, and what its event handlers answer. */
public class ConsolePage {
  private final AnalyticsSettings settings;
  private final Cookies cookies;
  private final JavaScriptSupport javaScriptSupport;

  public ConsolePage(AnalyticsSettings settings, Cookies cookies, JavaScriptSupport javaScriptSupport) {
    this.settings = settings;
    this.cookies = cookies;
    this.javaScriptSupport = javaScriptSupport;
  }

  void onActivate() {
    cookies.writeCookieValue("ph_admin", settings.getPersonalApiKey()); // Noncompliant
    cookies.writeCookieValue("ph_project", settings.getProjectApiKey());
  }

  void afterRender() {
    javaScriptSupport.require("app/boot").with(new JSONObject("flagsKey", settings.getFlagsKey())); // Noncompliant
    javaScriptSupport.require("app/boot").invoke("init").with(settings.getProjectApiKey());
    javaScriptSupport.addScript("window.adminKey = '%s';", settings.getPersonalApiKey()); // Noncompliant
  }

  @OnEvent("refresh")
  JSONObject onRefresh() {
    JSONObject answer = new JSONObject();
    answer.put("evaluationKey", settings.getFlagsKey());
    return answer; // Noncompliant
  }

  @OnEvent("project")
  JSONObject onProject() {
    return new JSONObject("projectKey", settings.getProjectApiKey());
  }
}
