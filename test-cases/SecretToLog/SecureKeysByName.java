import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A "secure key" is a secret key in other words: a text so named is one, whatever service it is
 * for. A flag, a length, a header's name or an enum so named holds none.
 */
public class SecureKeysByName {
  private static final Logger log = LoggerFactory.getLogger(SecureKeysByName.class);

  enum SecureKeyMode {
    ROTATED,
    PINNED
  }

  void rotate(String tenantId, String newSecureKey) {
    System.out.println("Rotated the secure key of " + tenantId + " -> " + newSecureKey); // Noncompliant
  }

  void traps(
      boolean secureKeyEnabled,
      int secureKeyLength,
      String secureKeyHeaderName,
      SecureKeyMode secureKey) {
    log.info("secure key enabled: {}", secureKeyEnabled);
    log.info("secure key of {} characters", secureKeyLength);
    log.info("secure key sent in header {}", secureKeyHeaderName);
    log.info("secure key mode {}", secureKey);
  }
}
