import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A Spring MVC interceptor's request attributes reach the view (a JSP) the handler renders. */
public class InterceptorRequestAttributes implements HandlerInterceptor {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute("posthogProjectKey", projectKey);
    request.setAttribute("flagsSecureKey", flagsSecureKey); // Noncompliant
    return true;
  }

  void keptForLater(HttpServletRequest request) {
    request.setAttribute("flagsSecureKey", flagsSecureKey);
  }
}
