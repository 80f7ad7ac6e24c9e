package io.github.posthogguard.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;

/** One configured JavaParser per thread: JavaParser is not thread-safe, and building one costs. */
public final class JavaParsers {
  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(() -> new JavaParser(configuration()));

  private JavaParsers() {}

  public static JavaParser forThisThread() {
    return PARSER.get();
  }

  private static ParserConfiguration configuration() {
    ParserConfiguration configuration =
        new ParserConfiguration()
            // No language level: its validator costs ~40% of a parse and only rejects code that
            // javac rejects anyway (a linter reads what the compiler accepted). Its one post
            // processor, which turns `var` into a VarType, is added back below.
            .setLanguageLevel(LanguageLevel.RAW)
            // Rules read comments from the parse result, not from the nodes: attribution is waste.
            .setAttributeComments(false)
            // Tokens must stay on: without them nodes lose their positions.
            .setStoreTokens(true);
    // The newest level's post processing: javac of any supported JDK may hand us such code.
    PostProcessors newest = new Java25PostProcessor();
    configuration.getProcessors().add(() -> new Processor() {
      @Override
      public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
        newest.postProcess(result, config);
      }
    });
    return configuration;
  }
}
