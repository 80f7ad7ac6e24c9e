package app;

import javax.servlet.http.Cookie;
import org.apache.sling.api.SlingHttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Sling request's cookie by its name: AEM's login-token is the user's session. */
public class SlingRequestCookies {
  private static final Logger LOG = LoggerFactory.getLogger(SlingRequestCookies.class);

  void audit(SlingHttpServletRequest request) {
    Cookie login = request.getCookie("login-token");
    if (login != null) {
      LOG.debug("login token {}", login.getValue()); // Noncompliant
    }
    Cookie theme = request.getCookie("theme");
    LOG.debug("theme {}", theme == null ? "default" : theme.getValue());
  }
}
