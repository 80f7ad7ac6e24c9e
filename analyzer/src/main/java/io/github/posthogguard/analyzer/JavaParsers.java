package io.github.posthogguard.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import java.io.Reader;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configured JavaParser per thread: JavaParser is not thread-safe, and building one costs.
 *
 * <p>The parser reads the newest language level without that level's validator. The validator costs
 * about 40% of a parse and only rejects code that javac rejects too, while a linter reads what the
 * compiler accepted. JavaParser runs the validator in the same processor as the level's
 * post-processing (which turns {@code var} into a {@link VarType}), so that processor is replaced
 * by one that post-processes only. Should a JavaParser release move it, a probe parse notices and
 * the full, validating configuration is used instead: slower, never wrong.
 */
public final class JavaParsers {
  /** Where {@code ParserConfiguration}'s constructor puts its language-level processor (3.28.2). */
  private static final int LANGUAGE_LEVEL_PROCESSOR = 3;

  /** Valid for javac, rejected by the validator only; with {@code var} and {@code yield}. */
  private static final String PROBE =
      "class P { private public int x; int p() { var v = 1; return switch (v) { default -> { yield v; } }; } }";

  private static final boolean VALIDATOR_OFF = probe(withoutValidator(new VarTypes()));
  private static final ThreadLocal<ThreadParser> PARSER =
      ThreadLocal.withInitial(ThreadParser::new);

  /** A thread's parser, and whether the text it parses now may name {@code var}. */
  private static final class ThreadParser {
    final VarTypes varTypes = new VarTypes();
    final JavaParser parser =
        new JavaParser(VALIDATOR_OFF ? withoutValidator(varTypes) : validating());
  }

  /**
   * Whether the post-processing that turns {@code var} into a {@link VarType} walks the tree: a
   * walk of every node with JavaParser's iterator costs about 5% of a parse, and most files never
   * write the word.
   */
  private static final class VarTypes {
    boolean textMayNameVar = true;
  }

  private JavaParsers() {}

  public static JavaParser forThisThread() {
    ThreadParser parser = PARSER.get();
    parser.varTypes.textMayNameVar = true; // the text is not known here
    return parser.parser;
  }

  /** Drops this thread's parser: the next parse on the thread builds a fresh one. */
  static void discardThisThreadsParser() {
    PARSER.remove();
  }

  /**
   * Parses a compilation unit with this thread's parser, reading the text through a reader that
   * stops the parse once the thread's {@link Deadline} has passed.
   */
  public static ParseResult<CompilationUnit> parse(String text) {
    ThreadParser parser = PARSER.get();
    parser.varTypes.textMayNameVar = mayNameVar(text);
    ParseResult<CompilationUnit> result =
        parser.parser.parse(
            ParseStart.COMPILATION_UNIT, Providers.provider(new DeadlineReader(text)));
    if (!result.isSuccessful() && text.contains("\\uu")) {
      String oneU = withOneU(text);
      if (!oneU.equals(text)) {
        return parser.parser.parse(
            ParseStart.COMPILATION_UNIT, Providers.provider(new DeadlineReader(oneU)));
      }
    }
    return result;
  }

  /** A Unicode escape's backslash: not itself escaped (an even run of backslashes before it). */
  private static final Pattern MANY_U_ESCAPE =
      Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(u{2,})");

  /**
   * The text with each Unicode escape of several {@code u}s ({@code \\uu001A}, which javac reads
   * and JavaParser's lexer does not) written with one, the others as spaces before it: every
   * position stays where it was.
   */
  static String withOneU(String text) {
    Matcher m = MANY_U_ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String pad = " ".repeat(m.group(2).length() - 1);
      m.appendReplacement(out, Matcher.quoteReplacement(pad + m.group(1) + "\\u"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether the text has the word {@code var}, or a Unicode escape that may spell it. */
  static boolean mayNameVar(String text) {
    for (int i = text.indexOf("var"); i >= 0; i = text.indexOf("var", i + 3)) {
      boolean startsWord = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
      boolean endsWord =
          i + 3 == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + 3));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return text.contains("\\u");
  }

  /** A string's chars, handed out in the lexer's chunks, each after a look at the deadline. */
  private static final class DeadlineReader extends Reader {
    private final String text;
    private int next;

    DeadlineReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      Deadline.check();
      if (next >= text.length()) {
        return -1;
      }
      int count = Math.min(length, text.length() - next);
      text.getChars(next, next + count, buffer, offset);
      next += count;
      return count;
    }

    @Override
    public void close() {}
  }

  /**
   * Whether the parsers skip the language-level validation (false: a JavaParser upgrade moved it).
   */
  static boolean skipsValidation() {
    return VALIDATOR_OFF;
  }

  private static ParserConfiguration validating() {
    return new ParserConfiguration()
        .setLanguageLevel(LanguageLevel.JAVA_25)
        // Rules read comments from the parse result, not from the nodes: attribution is waste.
        .setAttributeComments(false)
        // Nothing asks for the file's line separator: looking for it costs a lookup per character.
        .setDetectOriginalLineSeparator(false)
        // Tokens must stay on: without them nodes lose their positions.
        .setStoreTokens(true);
  }

  private static ParserConfiguration withoutValidator(VarTypes varTypes) {
    ParserConfiguration configuration = validating();
    List<Supplier<Processor>> processors = configuration.getProcessors();
    if (processors.size() <= LANGUAGE_LEVEL_PROCESSOR) {
      return configuration;
    }
    PostProcessors newest = new Java25PostProcessor();
    processors.set(
        LANGUAGE_LEVEL_PROCESSOR,
        () ->
            new Processor() {
              @Override
              public void postProcess(
                  ParseResult<? extends Node> result, ParserConfiguration config) {
                if (varTypes.textMayNameVar) {
                  newest.postProcess(result, config);
                }
              }
            });
    return configuration;
  }

  private static boolean probe(ParserConfiguration configuration) {
    try {
      ParseResult<CompilationUnit> parsed = new JavaParser(configuration).parse(PROBE);
      return parsed.isSuccessful()
          && parsed.getResult().flatMap(unit -> unit.findFirst(VarType.class)).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
