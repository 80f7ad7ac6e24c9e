package app.web;

import app.support.*;
import java.io.IOException;
import javax.servlet.http.*;

public class LoginServlet extends AuditedServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(true);
    log("login " + describe(request) + " session " + session.getId()); // Noncompliant
    log("login " + describe(request) + " audited " + audited());
    response.setStatus(204);
  }
}
