package io.github.posthogguard.sonar;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns a rule doc's Markdown body into the HTML description SonarQube shows. */
final class RuleDescriptions {
  // Both are immutable and thread-safe once built.
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  private RuleDescriptions() {}

  static String toHtml(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }
}
