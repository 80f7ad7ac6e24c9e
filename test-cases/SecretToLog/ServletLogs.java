import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServlet;

/** The servlet container's log, javax and jakarta: the servlet's own, its context's. */
public class ServletLogs extends HttpServlet {

  @Override
  protected void doPost(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response) {
    String password = request.getParameter("password");
    log("login with " + password); // Noncompliant
    getServletContext().log("login with " + password); // Noncompliant
    request.getSession().getServletContext().log("login for " + request.getRemoteUser());
  }

  void jakarta(HttpServletRequest request, jakarta.servlet.GenericServlet servlet, ServletContext context) {
    String token = request.getParameter("token");
    servlet.getServletContext().log("token " + token); // Noncompliant
    request.getSession().getServletContext().log("token " + token); // Noncompliant
    context.log("token accepted");
  }
}
