import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The same sinks in javax.servlet. */
public class JavaxServlet extends HttpServlet {
  private static final String FLAGS_KEY = "phx_" + "rRpW0WxOe7tVpzdETNgI7YYi9t11vwusB3WT8DEKNp9";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.getWriter().print(FLAGS_KEY); // Noncompliant
    response.setHeader("X-Key", FLAGS_KEY); // Noncompliant
    response.setHeader("X-Key-Set", String.valueOf(FLAGS_KEY.isEmpty()));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.setAttribute("flagsKey", FLAGS_KEY); // Noncompliant
    request.getRequestDispatcher("/WEB-INF/flags.jsp").forward(request, response);
  }
}
