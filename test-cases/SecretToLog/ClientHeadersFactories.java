import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.logging.Logger;

/** The headers a REST client's headers factory sends: the Authorization it adds is in them. */
public class ClientHeadersFactories {
  private static final Logger LOGGER = Logger.getLogger("headers");
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  MultivaluedMap<String, String> update(MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
    headers.putSingle("Authorization", "Bearer " + personalApiKey);
    LOGGER.fine(() -> "calling with headers " + headers); // Noncompliant
    MultivaluedMap<String, String> plain = new MultivaluedHashMap<>();
    plain.add("Accept", "application/json");
    LOGGER.fine("plain headers " + plain);
    return headers;
  }
}
