package io.github.posthogguard.analyzer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A file's text as the rules' prefilters read it, before any parsing: the text with Java's escapes
 * decoded, and its "words" view (lower-case letters and digits only, so that {@code apiKey}, {@code
 * API_KEY} and {@code "api." + "key"} all read {@code apikey}). The words of a Java file are those
 * of its code: a comment names no variable, reads no API and calls no logger (a key spelled in a
 * comment is in {@link #decoded()}). Each view is built once, on first use.
 */
public final class TextClues {
  private static final int ALPHABET = 36;
  private static final int TRIGRAMS = ALPHABET * ALPHABET * ALPHABET;
  private final String text;
  private final boolean javaSource;
  private String decoded;
  private String words;
  private long[] trigrams; // which runs of three letters or digits words() holds
  private final Map<Object, Boolean> remembered = new HashMap<>();

  /** The clues of a text file: every word counts. */
  public TextClues(String text) {
    this(text, false);
  }

  private TextClues(String text, boolean javaSource) {
    this.text = text;
    this.javaSource = javaSource;
  }

  /** The clues of a Java source file: its words are those of its code, comments left out. */
  public static TextClues ofJavaSource(String text) {
    return new TextClues(text, true);
  }

  /**
   * The text with unicode escapes ({@code \u0070}) and octal escapes ({@code \160}) decoded, which
   * is how javac reads a key spelled with them. Other characters are kept as they are.
   */
  public String decoded() {
    if (decoded == null) {
      decoded = decode(text);
    }
    return decoded;
  }

  /**
   * The lower-case letters and digits of {@link #decoded()} (of a Java file: of its code, comments
   * left out), all separators dropped.
   */
  public String words() {
    if (words == null) {
      words = javaSource ? wordsOf(decode(withoutComments(text))) : wordsOf(decoded());
    }
    return words;
  }

  private static String decode(String text) {
    return text.indexOf('\\') < 0 ? text : decodeEscapes(text);
  }

  /**
   * Java source without its comments, each a space; string, character and text-block literals kept
   * whole, whatever they hold. A comment marker spelled with unicode escapes is kept as code: the
   * words may then hold more than the code's, never less.
   */
  static String withoutComments(String text) {
    if (text.indexOf('/') < 0) {
      return text;
    }
    StringBuilder code = new StringBuilder(text.length());
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      char next = i + 1 < length ? text.charAt(i + 1) : 0;
      if (c == '/' && next == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? length : end;
      } else if (c == '/' && next == '*') {
        int end = text.indexOf("*/", i + 2);
        code.append(' ');
        i = end < 0 ? length : end + 2;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(text, i);
        code.append(text, i, end);
        i = end;
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  /** Where the literal that starts at {@code start} ends: after its closing quote, or its line. */
  private static int literalEnd(String text, int start) {
    char quote = text.charAt(start);
    boolean textBlock = text.startsWith("\"\"\"", start);
    int i = start + (textBlock ? 3 : 1);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (textBlock ? text.startsWith("\"\"\"", i) : c == quote) {
        return i + (textBlock ? 3 : 1);
      } else if (c == '\n' && !textBlock) {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }

  /**
   * {@code text} read the way {@link #words()} reads a file: lower-case letters and digits only.
   */
  public static String wordsOf(String text) {
    char[] kept = new char[text.length()];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        kept[length++] = c;
      } else if (c >= 'A' && c <= 'Z') {
        kept[length++] = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
        kept[length++] = Character.toLowerCase(c);
      }
    }
    return new String(kept, 0, length);
  }

  /**
   * {@code clue}'s answer for this file, worked out once however many rules ask ({@code key} names
   * the clue, e.g. a constant of the class that defines it).
   */
  public boolean remember(Object key, Predicate<TextClues> clue) {
    Boolean known = remembered.get(key);
    if (known == null) {
      known = clue.test(this);
      remembered.put(key, known);
    }
    return known;
  }

  /** Whether {@link #words()} contains any of {@code words}, each read as {@link #wordsOf}. */
  public boolean hasAnyWord(Iterable<String> words) {
    for (String word : words) {
      if (hasWord(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #words()} contains {@code word}, read as {@link #wordsOf}. */
  public boolean hasWord(String word) {
    String wanted = wordsOf(word);
    return mayContain(wanted) && words().contains(wanted);
  }

  /**
   * False when {@link #words()} lacks one of {@code wanted}'s three-letter runs: one look-up each,
   * where a search would read the whole text for every word a prefilter asks about (most files hold
   * none of them).
   */
  private boolean mayContain(String wanted) {
    if (trigrams == null) {
      trigrams = trigramsOf(words());
    }
    for (int i = 0; i + 3 <= wanted.length(); i++) {
      int trigram = trigram(wanted, i);
      if (trigram >= 0 && (trigrams[trigram >>> 6] & 1L << trigram) == 0) {
        return false;
      }
    }
    return true;
  }

  private static long[] trigramsOf(String words) {
    long[] seen = new long[(TRIGRAMS + 63) / 64];
    int trigram = 0;
    int run = 0; // letters and digits in a row
    for (int i = 0; i < words.length(); i++) {
      int c = letterOrDigit(words.charAt(i));
      if (c < 0) {
        run = 0;
        continue;
      }
      trigram = trigram % (ALPHABET * ALPHABET) * ALPHABET + c;
      if (++run >= 3) {
        seen[trigram >>> 6] |= 1L << trigram;
      }
    }
    return seen;
  }

  /** The run of three characters at {@code i} as a number; -1 if one is not a-z or 0-9. */
  private static int trigram(String words, int i) {
    int a = letterOrDigit(words.charAt(i));
    int b = letterOrDigit(words.charAt(i + 1));
    int c = letterOrDigit(words.charAt(i + 2));
    return a < 0 || b < 0 || c < 0 ? -1 : (a * ALPHABET + b) * ALPHABET + c;
  }

  private static int letterOrDigit(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return c >= '0' && c <= '9' ? 26 + c - '0' : -1;
  }

  private static String decodeEscapes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      int unicode = unicodeEscapeEnd(text, i);
      if (unicode > 0) {
        out.append((char) Integer.parseInt(text.substring(unicode - 4, unicode), 16));
        i = unicode;
        continue;
      }
      int octal = i + 1;
      while (octal < text.length()
          && octal < i + 4
          && text.charAt(octal) >= '0'
          && text.charAt(octal) <= '7') {
        octal++;
      }
      if (octal > i + 1 && Integer.parseInt(text.substring(i + 1, octal), 8) <= 0xFF) {
        out.append((char) Integer.parseInt(text.substring(i + 1, octal), 8));
        i = octal;
        continue;
      }
      out.append(c).append(text.charAt(i + 1));
      i += 2;
    }
    return out.toString();
  }

  /** The index after {@code \}{@code uXXXX} (any number of u's) starting at {@code at}, or -1. */
  private static int unicodeEscapeEnd(String text, int at) {
    int i = at + 1;
    while (i < text.length() && text.charAt(i) == 'u') {
      i++;
    }
    if (i == at + 1 || i + 4 > text.length()) {
      return -1;
    }
    for (int k = i; k < i + 4; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return -1;
      }
    }
    return i + 4;
  }
}
