import java.io.IOException;
import java.io.StreamTokenizer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Scanner;
import java.util.StringTokenizer;
import javax.crypto.Mac;
import org.apache.tomcat.util.res.StringManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.log.LogMessage;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Message formatters carry their arguments into the message they build; hashes, MACs, password
 * encoders and lexical tokenizers show nothing of a secret (propagators.yml, sanitizers.yml).
 */
public class MessageFormattersAndSanitizers {
  private static final Logger log = LoggerFactory.getLogger(MessageFormattersAndSanitizers.class);
  private static final StringManager sm = StringManager.getManager(MessageFormattersAndSanitizers.class);
  private MessageSource messages;
  private MessageSourceAccessor accessor;
  private PasswordEncoder encoder;

  void formatters(String sessionId, String apiKey) {
    log.info(new MessageFormat("key {0}").format(new Object[] {apiKey})); // Noncompliant
    log.info(MessageFormatter.basicArrayFormat("key {}", new Object[] {apiKey})); // Noncompliant
    log.debug(sm.getString("manager.sessionNotFound", sessionId)); // Noncompliant
    log.info(messages.getMessage("key.rotated", new Object[] {apiKey}, Locale.ROOT)); // Noncompliant
    log.info(LogMessage.format("key %s", apiKey).toString()); // Noncompliant
    log.info(accessor.getMessage("key.rotated", new Object[] {apiKey})); // Noncompliant
    log.info(sm.getString("manager.started"));
    log.info(accessor.getMessage("key.rotated"));
  }

  void sanitizers(String password, Mac mac) throws Exception {
    log.info("{}", org.apache.commons.codec.digest.DigestUtils.sha3_256Hex(password));
    log.info("{}", MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
    log.info("{}", com.google.common.hash.Hashing.sha256().hashString(password, StandardCharsets.UTF_8));
    log.info("{}", mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    log.info("{}", encoder.encode(password));
  }

  void lexicalTokens(String line) throws IOException {
    StringTokenizer words = new StringTokenizer(line);
    String token = words.nextToken();
    log.info("token {}", token);
    Scanner scanner = new Scanner(line);
    String nextToken = scanner.next();
    log.info("token {}", nextToken);
    StreamTokenizer lexer = new StreamTokenizer(new StringReader(line));
    lexer.nextToken();
    log.info("token {}", lexer.toString());
  }
}
