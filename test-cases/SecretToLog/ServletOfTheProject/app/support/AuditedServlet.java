package app.support;

import javax.servlet.http.*;

public abstract class AuditedServlet extends AppServlet {
  protected boolean audited() {
    return true;
  }
}
