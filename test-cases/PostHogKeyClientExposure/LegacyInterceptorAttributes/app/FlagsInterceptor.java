package app;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring 5 interceptor: the attribute reaches the JSP the handler renders. */
public class FlagsInterceptor implements HandlerInterceptor {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute("adminKey", personalApiKey); // Noncompliant
    return true;
  }
}
