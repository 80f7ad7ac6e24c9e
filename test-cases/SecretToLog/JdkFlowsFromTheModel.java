import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a secret passes through the JDK, one line per propagator and return type of the models
 * (propagators.yml): strings, encodings, wrappers, collections and streams.
 */
public class JdkFlowsFromTheModel {
  private static final Logger log = LoggerFactory.getLogger(JdkFlowsFromTheModel.class);

  void strings(String apiKey) {
    log.info("{}", new StringBuffer("key=").append(apiKey)); // Noncompliant
    log.info("{}", new StringBuffer(apiKey)); // Noncompliant
    log.info("{}", new StringJoiner(",").add(apiKey)); // Noncompliant
    log.info("{}", Objects.requireNonNull(apiKey)); // Noncompliant
    log.info("{}", Arrays.asList(apiKey, "eu")); // Noncompliant
    log.info("{}", Objects.toString(apiKey.length()));
    var chars = apiKey.toCharArray();
    log.info("{}", chars.length);
    var parts = apiKey.split(":");
    log.info("{}", parts.length);
    var apiKeyLine = new StringBuilder("key=").append(apiKey).append('\n');
    log.info("{}", apiKeyLine.length());
    log.info("{}", new StringBuilder("host=eu").append(", key=").append(apiKey).append("}").toString()); // Noncompliant
    log.info("{}", new StringJoiner(",").add(apiKey).add("eu")); // Noncompliant
    var apiKeyBuffer = new StringBuffer().append(apiKey);
    log.info("{}", apiKeyBuffer.length());
    var apiKeyText = Objects.toString(apiKey);
    log.info("{}", apiKeyText); // Noncompliant
    var apiKeyParts = Arrays.toString(parts);
    log.info("{}", apiKeyParts); // Noncompliant
  }

  void encodings(String clientSecret) {
    Base64.Encoder encoder = Base64.getEncoder();
    log.info("{}", encoder.encodeToString(clientSecret.getBytes(StandardCharsets.UTF_8))); // Noncompliant
    log.info("{}", com.google.common.io.BaseEncoding.base64().encode(clientSecret.getBytes(StandardCharsets.UTF_8))); // Noncompliant
    log.info("{}", URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)); // Noncompliant
    log.info("{}", URLDecoder.decode(clientSecret, StandardCharsets.UTF_8)); // Noncompliant
    log.info("{}", new org.apache.commons.codec.binary.Base64().encodeToString(clientSecret.getBytes(StandardCharsets.UTF_8))); // Noncompliant
    log.info("{}", org.apache.commons.codec.binary.Base64.encodeBase64String(clientSecret.getBytes(StandardCharsets.UTF_8))); // Noncompliant
    log.info("{}", URLEncoder.encode("client_secret", StandardCharsets.UTF_8));
    log.info("{}", Base64.getUrlEncoder().encodeToString(clientSecret.getBytes(StandardCharsets.UTF_8))); // Noncompliant
  }

  void entities(String personalApiKey) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBearerAuth(personalApiKey);
    log.debug("{}", new org.springframework.http.HttpEntity<>("{}", headers)); // Noncompliant
    log.debug("{}", new org.springframework.http.RequestEntity<>(headers, org.springframework.http.HttpMethod.GET, java.net.URI.create("https://us.posthog.com/api/"))); // Noncompliant
    log.debug("{}", new org.springframework.http.HttpEntity<>("{}"));
  }

  void uris(String personalApiKey, String host) throws java.net.URISyntaxException {
    log.info("GET {}", java.net.URI.create(host + "/api/persons/?personal_api_key=" + personalApiKey)); // Noncompliant
    log.info("GET {}", new java.net.URI("https", host, "/api/persons/", "personal_api_key=" + personalApiKey, null)); // Noncompliant
    log.info("GET {}", java.net.URI.create(host + "/api/persons/"));
  }

  void wrappers(String password, Map<String, String> settings, Optional<String> maybe) {
    log.info("{}", Optional.of(password)); // Noncompliant
    log.info("{}", Set.of(password)); // Noncompliant
    log.info("{}", Collections.singletonList(password)); // Noncompliant
    log.info("{}", Collections.enumeration(List.of(password))); // Noncompliant
    log.info("{}", new AbstractMap.SimpleEntry<>("password", password)); // Noncompliant
    var dbPassword = settings.get("db.password");
    log.info("{}", dbPassword.isEmpty());
    var password2 = maybe.orElse("");
    log.info("{}", password2.length());
  }

  void collections(String token, List<String> tokens, Map<String, String> byUser) {
    ArrayList<String> list = new ArrayList<>();
    list.add(token);
    log.info("{}", list); // Noncompliant
    LinkedList<String> linked = new LinkedList<>();
    linked.add(token);
    log.info("{}", linked); // Noncompliant
    HashSet<String> hashed = new HashSet<>();
    hashed.add(token);
    log.info("{}", hashed); // Noncompliant
    LinkedHashSet<String> ordered = new LinkedHashSet<>();
    ordered.add(token);
    log.info("{}", ordered); // Noncompliant
    TreeSet<String> sorted = new TreeSet<>();
    sorted.add(token);
    log.info("{}", sorted); // Noncompliant
    ArrayDeque<String> deque = new ArrayDeque<>();
    deque.push(token);
    log.info("{}", deque); // Noncompliant
    Queue<String> queue = new LinkedList<>();
    queue.offer(token);
    log.info("{}", queue); // Noncompliant
    Collection<String> all = new ArrayList<>();
    all.add(token);
    log.info("{}", all); // Noncompliant
    List<String> copy = new ArrayList<>(tokens);
    copy.set(0, token);
    log.info("{}", copy); // Noncompliant
    log.info("{}", new ArrayList<>(List.of(token))); // Noncompliant
    log.info("{}", new HashSet<>(List.of(token))); // Noncompliant
    log.info("{}", new LinkedHashMap<>(Map.of("token", token))); // Noncompliant
    log.info("{}", new ArrayList<>(tokens.size()));
  }

  void maps(String secret) {
    HashMap<String, String> hash = new HashMap<>();
    hash.put("secret", secret);
    log.info("{}", hash); // Noncompliant
    LinkedHashMap<String, String> linked = new LinkedHashMap<>();
    linked.put("secret", secret);
    log.info("{}", linked); // Noncompliant
    TreeMap<String, String> tree = new TreeMap<>();
    tree.put("secret", secret);
    log.info("{}", tree); // Noncompliant
    ConcurrentHashMap<String, String> concurrent = new ConcurrentHashMap<>();
    concurrent.put("secret", secret);
    log.info("{}", concurrent); // Noncompliant
    Properties properties = new Properties();
    properties.put("secret", secret);
    log.info("{}", properties); // Noncompliant
    log.info("{}", tree.size());
  }

  void typedElements(List<String> secretList, Map<String, String> headers, Iterator<String> apiKeys, Enumeration<String> tokens, Map.Entry<String, String> entry) {
    var secretValue = secretList.get(0);
    log.info("{}", secretValue.length());
    var authorization = headers.get("Authorization");
    log.info("{}", authorization.isBlank());
    var apiKey = apiKeys.next();
    log.info("{}", apiKey.length());
    var token = tokens.nextElement();
    log.info("{}", token.length());
    var secret = entry.getValue();
    log.info("{}", secret.length());
    var secretName = entry.getKey();
    log.info("{}", secretName.length());
  }

  private static final java.util.regex.Pattern BEARER = java.util.regex.Pattern.compile("Bearer (.+)");

  void piecesOfAHeader(jakarta.servlet.http.HttpServletRequest request) {
    java.util.regex.Matcher bearer = BEARER.matcher(request.getHeader("Authorization"));
    if (bearer.matches()) {
      String value = bearer.group(1);
      log.info("caller {}", value); // Noncompliant
    }
    java.util.StringTokenizer words = new java.util.StringTokenizer(request.getHeader("Authorization"));
    words.nextToken();
    String credentials = words.nextToken();
    log.info("caller {}", credentials); // Noncompliant
    String[] parts = request.getHeader("Authorization").split(" ");
    String token = parts[1];
    log.info("caller {}", token); // Noncompliant
  }

  /** An element of a split text holds what the text holds, whatever its variable is called. */
  void elementsOfASplitName(String packageName, String directory) {
    String[] pathTokens = packageName.split("\\.");
    for (int i = pathTokens.length - 1; i >= 0; i--) {
      String token = pathTokens[i];
      if (!token.equals(directory)) {
        throw new IllegalStateException("package " + token + " is not in " + directory);
      }
    }
  }

  void copyOfAForm(String password) {
    Map<String, String> form = new HashMap<>();
    form.put("password", password);
    Map<String, String> copy = new HashMap<>(form);
    copy.put("username", "bob");
    log.warn("login failed for {}", copy); // Noncompliant
  }

  void streams(String accessToken, List<String> accessTokens) {
    Stream<String> tokens = Stream.of(accessToken);
    log.info("{}", tokens.collect(Collectors.joining(","))); // Noncompliant
    log.info("{}", Stream.of(accessToken).count());
    Deque<String> recent = new ArrayDeque<>(accessTokens);
    log.info("{}", recent.size());
  }
}
