package io.github.posthogguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.SecretToLog;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each word of the models' word lists, tried alone: the word makes the difference between a line
 * reported and the same line with another word. The meta-test {@link ModelCoverageTest} asks the
 * case files for every row of an API; a word list grows one word at a time, and each word is tried
 * here as soon as it is written into the model.
 */
class WordListsTest {
  private static final ApiModel MODEL = ApiModel.builtIn();

  static Set<String> secretHeaders() {
    return MODEL.words("secretHeaders");
  }

  static Set<String> sessionCookies() {
    return MODEL.words("sessionCookies");
  }

  static Set<String> sanitizerWords() {
    return MODEL.words("sanitizerWords");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretHeaders")
  void aSecretHeaderIsASecretInAnyCase(String header) {
    String source =
        """
        import jakarta.servlet.http.HttpServletRequest;
        import org.slf4j.Logger;
        class A {
          Logger log;
          void a(HttpServletRequest request) {
            log.info("header {}", request.getHeader("%s"));
            log.info("header {}", request.getHeader("%s"));
            log.info("header {}", request.getHeader("Accept-Language"));
          }
        }
        """
            .formatted(header, header.toLowerCase(Locale.ROOT));

    assertThat(loggedLines(source)).containsExactly(6, 7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionCookies")
  void aSessionCookiePickedByItsNameIsASecret(String cookie) {
    String source =
        """
        import jakarta.servlet.http.Cookie;
        import jakarta.servlet.http.HttpServletRequest;
        import org.slf4j.Logger;
        class A {
          Logger log;
          void a(HttpServletRequest request) {
            for (Cookie c : request.getCookies()) {
              if ("%s".equals(c.getName())) {
                log.info("cookie {}", c.getValue());
              }
              if ("theme".equals(c.getName())) {
                log.info("cookie {}", c.getValue());
              }
            }
          }
        }
        """
            .formatted(cookie);

    assertThat(loggedLines(source)).containsExactly(9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sanitizerWords")
  void aMethodNamedForASanitizerHidesTheSecret(String word) {
    String source =
        """
        import org.slf4j.Logger;
        class A {
          Logger log;
          String password = System.getenv("DB_PASSWORD");
          void a() {
            log.info("password {}", %1$sOf());
            log.info("password {}", renderOf());
          }
          String %1$sOf() { return password; }
          String renderOf() { return password; }
        }
        """
            .formatted(word);

    assertThat(loggedLines(source)).containsExactly(7);
  }

  private static List<Integer> loggedLines(String source) {
    return new Analyzer(List.of(new SecretToLog(FlowOptions.NONE)))
        .analyze(new SourceFile("A.java", source)).findings().stream().map(Finding::line).toList();
  }
}
