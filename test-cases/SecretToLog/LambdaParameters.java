import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an Optional, a collection or a stream holds reaches the lambda it is given. */
public class LambdaParameters {
  private static final Logger log = LoggerFactory.getLogger(LambdaParameters.class);

  void optional(String token) {
    Optional.ofNullable(token).ifPresent(t -> log.info("token {}", t)); // Noncompliant
    Optional.of(token).filter(t -> !t.isBlank()).ifPresent(value -> log.info(value)); // Noncompliant
    Optional.ofNullable(token).map(t -> t.length()).ifPresent(n -> log.info("length {}", n));
    Optional.ofNullable(token).map(String::trim).ifPresent(t -> log.info("token {}", t)); // Noncompliant
    Optional.ofNullable(token).map(t -> t.strip()).ifPresent(log::info); // Noncompliant
    Optional.ofNullable(token).map(String::isEmpty).ifPresent(e -> log.info("empty {}", e));
  }

  void collections(String apiKey) {
    List.of(apiKey).forEach(k -> log.debug(k)); // Noncompliant
    List.of(apiKey).stream().distinct().forEach(each -> log.debug("key {}", each)); // Noncompliant
    List.of(apiKey).stream().map(String::trim).forEach(k -> log.debug(k)); // Noncompliant
    List.of(apiKey).stream().map(String::length).forEach(n -> log.debug("length {}", n));
  }

  void methodReferences(String token, List<String> regions) {
    Optional.ofNullable(token).ifPresent(log::info); // Noncompliant
    List.of(token).forEach(System.out::println); // Noncompliant
    regions.forEach(log::info);
    Optional.ofNullable(token).map(String::length).ifPresent(System.out::println);
  }

  void maps(String apiToken) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + apiToken);
    headers.forEach((name, value) -> log.debug("header {}={}", name, value)); // Noncompliant
    headers.forEach((name, value) -> log.debug("header {}", name)); // the names only
    headers.values().forEach(value -> log.debug("value {}", value)); // Noncompliant
  }

  void notSecrets(Optional<String> userName, List<String> regions) {
    userName.ifPresent(u -> log.info("user {}", u));
    regions.forEach(r -> log.info("region {}", r));
  }

  void orElse(Optional<String> personalApiKey) {
    log.info("key {}", personalApiKey.map(String::trim).orElse("-")); // Noncompliant
    log.info("key sha256 {}", personalApiKey.map(LambdaParameters::sha256).orElse("-"));
  }

  static String sha256(String value) {
    return Integer.toHexString(value.hashCode());
  }
}
