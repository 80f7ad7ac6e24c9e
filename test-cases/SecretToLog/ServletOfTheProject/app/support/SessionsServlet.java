package app.support;

/**
 * A servlet whose base class is of its own package and which imports nothing: the name resolves
 * to that package's type, which only the project can tell is a servlet.
 */
public class SessionsServlet extends AuditedServlet {
  protected int invalidate(String[] sessionIds) {
    int count = 0;
    for (String sessionId : sessionIds) {
      log("Invalidating session id " + sessionId); // Noncompliant
      count++;
    }
    log("Invalidated " + count + " sessions");
    return count;
  }
}
