package app;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a request wrapper gives is judged by the header its caller names. */
public class ForwardingFilter {
  private static final Logger log = LoggerFactory.getLogger(ForwardingFilter.class);
  private final String remoteIpHeader = "X-Forwarded-For";

  void seen(HttpServletRequest request) {
    ForwardedRequest forwarded = new ForwardedRequest(request);
    log.debug("remote address {} (from {})", forwarded.getHeader(remoteIpHeader), remoteIpHeader);
    log.debug("forwarded for {}", forwarded.getHeader("X-Forwarded-For"));
    log.debug("caller sent {}", forwarded.getHeader("Authorization")); // Noncompliant
  }
}
