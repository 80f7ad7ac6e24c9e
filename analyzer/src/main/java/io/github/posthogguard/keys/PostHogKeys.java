package io.github.posthogguard.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds PostHog keys in string values, skipping placeholders and other values no key can be. */
public final class PostHogKeys {
  /** A prefix and an alphanumeric body of any plausible length, standing alone as a word. */
  static final Pattern KEY_SHAPE =
      Pattern.compile("(?<![A-Za-z0-9_])ph[xsarc]_[A-Za-z0-9]{30,60}(?![A-Za-z0-9_])");

  /** The letter after "ph" in the prefixes of secrets: phx_, phs_, pha_, phr_. */
  private static final String SECRET_TYPE_LETTERS = "xsar";

  private static final int PREFIX_LENGTH = 4;
  private static final int MIN_BODY_LENGTH = 41;
  private static final int MAX_BODY_LENGTH = 49;
  private static final List<String> PLACEHOLDER_WORDS =
      List.of(
          "test",
          "your",
          "example",
          "dummy",
          "fake",
          "sample",
          "placeholder",
          "changeme",
          "redacted",
          "secret",
          "token",
          "insert",
          "replace");

  /** Far below the ~4.9 bits a random base62/base57 body of 41+ characters shows. */
  private static final double MIN_BITS_PER_CHAR = 4.0;

  /** A random body holds 5 equal or 5 consecutive characters in about 1 case in 100,000. */
  private static final int LONGEST_RUN = 4;

  private PostHogKeys() {}

  /**
   * Whether a secret key may be spelled or assembled in {@code decodedText} (a file's text with its
   * escapes decoded): a secret prefix in one piece ({@code phx_}), or a literal that starts where a
   * prefix split by a concatenation or a join goes on ({@code "hx_…"}, {@code "x_…"}, {@code
   * "_…"}). Every such form has an underscore; the scan jumps from one to the next.
   */
  public static boolean maySpellSecret(String decodedText) {
    for (int at = decodedText.indexOf('_'); at >= 0; at = decodedText.indexOf('_', at + 1)) {
      if (endsSecretPrefixOrStartsLiteral(decodedText, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSecretPrefixOrStartsLiteral(String text, int underscore) {
    int i = underscore - 1;
    if (i >= 0 && SECRET_TYPE_LETTERS.indexOf(text.charAt(i)) >= 0) {
      i--;
      if (i >= 0 && text.charAt(i) == 'h') {
        if (i >= 1 && text.charAt(i - 1) == 'p') {
          return true;
        }
        i--;
      }
    }
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'');
  }

  /** Every plausible key in {@code value}, secret or public, in order. */
  public static List<KeyMatch> find(String value) {
    if (value.length() < PREFIX_LENGTH + MIN_BODY_LENGTH || value.indexOf('_') < 0) {
      return List.of();
    }
    List<KeyMatch> matches = new ArrayList<>(1);
    Matcher m = KEY_SHAPE.matcher(value);
    while (m.find()) {
      String key = m.group();
      String body = key.substring(PREFIX_LENGTH);
      PostHogKeyType type = PostHogKeyType.ofPrefix(key.substring(0, PREFIX_LENGTH)).orElseThrow();
      if (body.length() >= MIN_BODY_LENGTH
          && body.length() <= MAX_BODY_LENGTH
          && looksRandom(body)) {
        matches.add(new KeyMatch(type, key, m.start(), m.end()));
      }
    }
    return matches;
  }

  /** The kind of secret key {@code prefix} is the prefix of ({@code "phs_"}), if it is one. */
  public static Optional<PostHogKeyType> secretTypeOfPrefix(String prefix) {
    return PostHogKeyType.ofPrefix(prefix).filter(PostHogKeyType::isSecret);
  }

  /** The plausible secret keys (never {@code phc_}) in {@code value}. */
  public static List<KeyMatch> findSecrets(String value) {
    List<KeyMatch> all = find(value);
    return all.isEmpty() ? all : all.stream().filter(k -> k.type().isSecret()).toList();
  }

  /**
   * Whether a body reads like the random integer PostHog encodes: both letter cases, no placeholder
   * word, no long run of one character or of consecutive characters, and high entropy.
   */
  static boolean looksRandom(String body) {
    boolean upper = false;
    boolean lower = false;
    int sameRun = 1;
    int stepRun = 1;
    int step = 0;
    int[] counts = new int[128];
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      counts[c]++;
      if (i > 0) {
        char previous = body.charAt(i - 1);
        sameRun = c == previous ? sameRun + 1 : 1;
        int newStep = c - previous;
        stepRun = Math.abs(newStep) != 1 ? 1 : newStep == step ? stepRun + 1 : 2;
        step = newStep;
        if (sameRun > LONGEST_RUN || stepRun > LONGEST_RUN) {
          return false;
        }
      }
    }
    if (!upper || !lower || bitsPerChar(counts, body.length()) < MIN_BITS_PER_CHAR) {
      return false;
    }
    String lowerCase = body.toLowerCase(Locale.ROOT);
    return PLACEHOLDER_WORDS.stream().noneMatch(lowerCase::contains);
  }

  private static double bitsPerChar(int[] counts, int length) {
    double bits = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / length;
        bits -= p * Math.log(p) / Math.log(2);
      }
    }
    return bits;
  }
}
