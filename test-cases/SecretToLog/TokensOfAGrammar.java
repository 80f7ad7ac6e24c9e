import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In code about a grammar, a token is a word of the text read: logged or put into a message, it
 * shows nothing secret, whatever comes before "token" in its name, unless that says what the token
 * gives access to.
 */
public class TokensOfAGrammar {
  private static final Logger log = LoggerFactory.getLogger(TokensOfAGrammar.class);

  static class QuotedStringTokenizer {
    private final List<String> tokens = new ArrayList<>();
    private final java.util.Iterator<String> tokenIterator;

    QuotedStringTokenizer(String text) {
      StringBuilder currentToken = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (Character.isWhitespace(c)) {
          tokens.add(currentToken.toString());
          currentToken.setLength(0);
        } else {
          currentToken.append(c);
        }
      }
      String possibleLastToken = currentToken.toString();
      if (!possibleLastToken.isEmpty()) {
        tokens.add(possibleLastToken);
      }
      log.trace("last token {}", possibleLastToken);
      tokenIterator = tokens.iterator();
    }

    String nextToken() {
      return tokenIterator.next();
    }
  }

  void parseRule(String line) {
    QuotedStringTokenizer tokenizer = new QuotedStringTokenizer(line);
    String flags = tokenizer.nextToken();
    java.util.StringTokenizer flagsTokenizer = new java.util.StringTokenizer(flags, ",");
    String flag = flagsTokenizer.nextToken();
    if (!flag.equals("NC")) {
      throw new IllegalArgumentException("Invalid flag " + flag + " in " + line);
    }
  }

  void parseTokenResponse(String body) {
    QuotedStringTokenizer tokenizer = new QuotedStringTokenizer(body);
    String accessToken = tokenizer.nextToken();
    log.debug("access token {}", accessToken); // Noncompliant
  }

  /** A token at an offset of a text, and the pieces of a split name, are words of that text. */
  IllegalArgumentException tokenNotAllowed(String token, long offset, String selection) {
    return new IllegalArgumentException("Token " + token + " not allowed at offset " + offset + " of " + selection);
  }

  void packageOf(String packageName, String directory) {
    String[] pathTokens = packageName.split("\\.");
    String token = pathTokens[pathTokens.length - 1];
    log.warn("package part {} does not match {}", token, directory);
  }

  void bearerOf(String authorizationHeader) {
    String[] parts = authorizationHeader.split(" ");
    String token = parts[1];
    log.warn("bearer {}", token); // Noncompliant
  }
}
