import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What may be logged about a secret: facts, masks and hashes, and the public project key. */
public class SafeToLog {
  private static final Logger log = LoggerFactory.getLogger(SafeToLog.class);
  private static final String PASSWORD_PARAMETER = "password";

  void facts(String apiKey, String password) {
    log.info("key length {}", apiKey.length());
    log.info("key set: {}", apiKey != null);
    log.info("key empty: {}", apiKey.isEmpty());
    log.info("personal key? {}", apiKey.startsWith("phx_"));
    log.info("password hash {}", password.hashCode());
    log.info("form field {}", PASSWORD_PARAMETER);
  }

  void masked(String apiKey) {
    log.info("key {}", mask(apiKey));
    log.info("key {}...", apiKey.substring(0, 8));
    log.info("key ending in {}", apiKey.substring(apiKey.length() - 4));
    log.info("key fingerprint {}", sha256(apiKey));
    String shown = redact(apiKey);
    log.info("key {}", shown);
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    key = mask(key);
    log.info("key {}", key);
    log.info("key {}", apiKey.isEmpty() ? apiKey : "****");
    log.info("key {}", apiKey.length() < 8 ? "<redacted>" : apiKey.substring(0, 4) + "...");
  }

  void projectKeyIsPublic() {
    String projectKey = System.getenv("POSTHOG_API_KEY");
    log.info("project key {}", projectKey);
    log.info("project key {}", System.getProperty("posthog.api.key"));
    log.info("project key {}", "phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN");
    String projectApiKey = projectKey;
    log.info("project key {}", projectApiKey);
  }

  void namesThatOnlySpeakOfSecrets(int tokenCount, String passwordPolicy, String secretName,
      String apiKeyHeaderName, boolean isTokenValid, long tokenExpiry, String secretArn,
      int passwordMinLength, String keySet, String nextPageToken) {
    log.info("{} {} {} {} {} {} {} {} {} {}", tokenCount, passwordPolicy, secretName,
        apiKeyHeaderName, isTokenValid, tokenExpiry, secretArn, passwordMinLength, keySet, nextPageToken);
  }

  void whatATokenIsAbout(String tokenIssuer, String tokenAudience, String tokenAlgorithm,
      String authScheme, String tokenScope, String tokenStatus) {
    log.info("{} {} {} {} {} {}", tokenIssuer, tokenAudience, tokenAlgorithm, authScheme,
        tokenScope, tokenStatus);
  }

  void sessionsThatLogInNoOne(String wsSessionId, String jmsSessionId) {
    log.debug("removed {} of {}", wsSessionId, jmsSessionId);
  }

  interface RemoteShell {
    String pwd();
  }

  void namesOfOtherThings(String tokenImage, String credentialIdentifier, String tokenAcr,
      String tokenAction, RemoteShell sftp) {
    log.debug("{} {} {} {}", tokenImage, credentialIdentifier, tokenAcr, tokenAction);
    String pwd = sftp.pwd();
    log.debug("working directory {}", pwd);
  }

  void piecesOfAValue(String contentLength, jakarta.servlet.http.HttpServletRequest request) {
    String[] tokens = contentLength.split(",");
    for (String token : tokens) {
      log.debug("content length {} of {}", token, tokens.length);
    }
    String[] parts = request.getHeader("Authorization").split(" ");
    log.debug("scheme {}", parts[0]);
  }

  private static final java.util.regex.Pattern PARAMETER =
      java.util.regex.Pattern.compile(";\\s*(\\w+)=(\\w+)");

  /** Tokens of a media type or a list: what they hold is the text they were cut from. */
  void tokensOfAText(String mediaType) {
    java.util.regex.Matcher parameter = PARAMETER.matcher(mediaType);
    String token = parameter.group(2);
    if (token.isEmpty()) {
      throw new IllegalArgumentException("Multiple charsets defined: " + token);
    }
    java.util.StringTokenizer tokenizer = new java.util.StringTokenizer(mediaType, ";");
    String nextToken = tokenizer.nextToken();
    log.debug("parameter {}", nextToken);
  }

  /** A copy of a form whose password entry is replaced by a masked one before it is logged. */
  void maskedCopyOfAForm(String password) {
    java.util.Map<String, String> form = new java.util.HashMap<>();
    form.put("password", password);
    java.util.Map<String, String> shown = new java.util.HashMap<>(form);
    shown.put("password", desensitise(password));
    log.warn("login failed for {}", shown);
  }

  private static String desensitise(String value) {
    return value.length() < 4 ? "***" : value.charAt(0) + "***";
  }

  void otherHeaders(jakarta.servlet.http.HttpServletRequest request) {
    log.info("agent {}", request.getHeader("User-Agent"));
  }

  static String mask(String value) {
    return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
  }

  static String redact(String value) {
    return "[redacted]";
  }

  static String sha256(String value) {
    return Integer.toHexString(value.hashCode());
  }
}
