package app;

import io.helidon.security.ProviderRequest;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** The headers of the request a Helidon Security provider authenticates are the caller's. */
public class HelidonAuthProvider {
  private static final Logger LOGGER = Logger.getLogger(HelidonAuthProvider.class.getName());

  void authenticate(ProviderRequest request) {
    Map<String, List<String>> headers = request.env().headers();
    LOGGER.warning("rejected " + headers.get("Authorization")); // Noncompliant
    LOGGER.info("client " + headers.get("X-Client-Id"));
  }
}
