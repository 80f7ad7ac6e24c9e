package app;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Feign interceptor sets the Authorization header, then the headers are logged. */
public class FeignInterceptorLogs {
  private static final Logger log = LoggerFactory.getLogger(FeignInterceptorLogs.class);

  RequestInterceptor bearer(String personalApiKey) {
    return template -> {
      template.header("Authorization", "Bearer " + personalApiKey);
      log.debug("feign headers {}", template.headers()); // Noncompliant
    };
  }

  static final class Audit implements RequestInterceptor {
    @Override
    public void apply(RequestTemplate template) {
      log.trace("-> {} {}", template.method(), template.headers().get("Authorization")); // Noncompliant
      log.trace("-> {} with {} headers", template.method(), template.headers().size());
    }
  }
}
