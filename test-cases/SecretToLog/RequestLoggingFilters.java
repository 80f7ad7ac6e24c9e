import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.AbstractRequestLoggingFilter;
import org.springframework.web.filter.CommonsRequestLoggingFilter;

/**
 * Spring's request logging filter writes every request header (Authorization, Cookie) with
 * setIncludeHeaders(true), and the session id with setIncludeClientInfo(true).
 */
public class RequestLoggingFilters {
  @Bean
  CommonsRequestLoggingFilter requestLoggingFilter() {
    CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
    filter.setIncludeQueryString(true);
    filter.setIncludePayload(true);
    filter.setIncludeHeaders(true); // Noncompliant
    filter.setIncludeClientInfo(true); // Noncompliant
    filter.setMaxPayloadLength(10000);
    return filter;
  }

  @Bean
  AbstractRequestLoggingFilter quietFilter() {
    CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
    filter.setIncludeHeaders(false);
    filter.setIncludeClientInfo(false);
    filter.setIncludeQueryString(true);
    return filter;
  }

  @Bean
  CommonsRequestLoggingFilter selectedHeaders() {
    CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
    filter.setIncludeHeaders(true);
    filter.setHeaderPredicate(name -> !name.equalsIgnoreCase("authorization"));
    return filter;
  }
}
