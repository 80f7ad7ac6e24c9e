package io.github.posthogguard.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;

/** One configured JavaParser per thread: JavaParser is not thread-safe, and building one costs. */
public final class JavaParsers {
  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(() -> new JavaParser(configuration()));

  private JavaParsers() {}

  public static JavaParser forThisThread() {
    return PARSER.get();
  }

  private static ParserConfiguration configuration() {
    return new ParserConfiguration()
        // The newest level JavaParser knows: javac of any supported JDK may hand us such code.
        .setLanguageLevel(LanguageLevel.JAVA_25)
        // Rules read comments from the parse result, not from the nodes: attribution is waste.
        .setAttributeComments(false)
        // Tokens must stay on: without them nodes lose their positions.
        .setStoreTokens(true);
  }
}
