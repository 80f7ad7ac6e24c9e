package app.support;

import javax.servlet.http.*;

/** The project's own servlet base: its subclasses' unqualified log() is the container's log. */
public abstract class AppServlet extends HttpServlet {
  protected String describe(HttpServletRequest request) {
    return request.getMethod() + " " + request.getRequestURI();
  }
}
