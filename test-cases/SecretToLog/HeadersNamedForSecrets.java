import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A request header named for a secret holds one, whether or not the model lists its name. */
public class HeadersNamedForSecrets {
  private static final Logger log = LoggerFactory.getLogger(HeadersNamedForSecrets.class);

  void audit(HttpServletRequest request) {
    log.info("device secret {}", request.getHeader("X-Device-Secret")); // Noncompliant
    log.info("admin token {}", request.getHeader("X-Admin-Token")); // Noncompliant
    log.info("webhook signature {}", request.getHeader("X-Hub-Signature-256"));
    log.info("request {}", request.getHeader("X-Request-Id"));
    log.info("token type {}", request.getHeader("X-Token-Type"));
    log.info("key id {}", request.getHeader("X-Api-Key-Id"));
    log.info("forwarded {}", request.getHeader("X-Forwarded-For"));
    // a constant named as some libraries name theirs holds a header's name, not its value
    log.info("using header {}", RequestHeaderNames.Authorization);
    log.info("authorization {}", request.getHeader(RequestHeaderNames.Authorization)); // Noncompliant
  }

  /** Header names as libGDX's HttpRequestHeader spells them. */
  static final class RequestHeaderNames {
    static final String Authorization = "Authorization";
  }
}
