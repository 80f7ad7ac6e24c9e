package app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/** A member read from each element of an Optional: judged as the project judges that member. */
public class AdminHandler {
  private static final Logger LOG = Logger.getLogger("admin");
  private final SessionStore sessions = new SessionStore();

  record Login(String name, String password) {}

  void handle(HttpServletRequest request) {
    Optional<String> sessionId =
        Arrays.stream(request.getCookies())
            .filter(c -> c.getName().equals("JSESSIONID"))
            .map(Cookie::getValue)
            .findFirst();
    Optional<String> user = sessionId.flatMap(sessions::find).map(SessionStore.Session::user);
    LOG.info("override by " + user.get()); // the file alone keeps the session cookie here
    Optional<String> stored =
        sessionId.flatMap(sessions::find).map(SessionStore.Session::password);
    LOG.info("session password " + stored.get()); // Noncompliant
    LOG.info("session " + sessionId.get()); // Noncompliant
    Optional<Login> login = Optional.of(new Login(request.getParameter("name"), request.getParameter("password")));
    LOG.info("login of " + login.map(Login::name).orElse("?"));
    LOG.info("login with " + login.map(Login::password).orElse("?")); // Noncompliant
  }
}
