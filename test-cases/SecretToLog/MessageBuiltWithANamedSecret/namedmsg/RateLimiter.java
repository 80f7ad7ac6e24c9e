package namedmsg;

/** Throws the same exception, with no secret in its message. */
public class RateLimiter {
  void acquire(String operation, boolean allowed) {
    if (!allowed) {
      throw new GatewayException("rate limit reached for " + operation);
    }
  }
}
