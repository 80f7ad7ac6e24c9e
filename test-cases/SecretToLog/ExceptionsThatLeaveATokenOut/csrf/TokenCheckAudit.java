package csrf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls the check of another file and logs what it throws. */
public class TokenCheckAudit {
  private static final Logger log = LoggerFactory.getLogger(TokenCheckAudit.class);

  void verify(TokenVerifier verifier, int status) {
    try {
      verifier.verify(status);
    } catch (RefusedTokenException e) {
      log.warn("token check refused", e);
    }
  }
}
