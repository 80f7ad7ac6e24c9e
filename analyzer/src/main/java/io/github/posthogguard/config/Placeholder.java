package io.github.posthogguard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference in a config value to a value set elsewhere: {@code ${NAME}}, {@code ${NAME:default}}
 * (Spring, Quarkus, Micronaut), {@code ${NAME:-default}} (shell, docker-compose), {@code %(name)s}
 * (Python-style), {@code {{ expression }}} (Helm, Jinja) and {@code $(NAME)} (a Kubernetes
 * container's variable made of another). A placeholder is never a key; its default may be one, and
 * then it is found like any other key in the value.
 */
public record Placeholder(String name, Optional<String> defaultValue) {
  private static final Pattern DOLLAR_BRACE = Pattern.compile("\\$\\{([^}:]*)(?::-?([^}]*))?}");
  private static final Pattern PERCENT = Pattern.compile("%\\(([^)]*)\\)");
  private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern DOLLAR_NAME =
      Pattern.compile("\\$([A-Z_][A-Z0-9_]*)(?![A-Za-z0-9_{(])");
  private static final Pattern DOLLAR_PARENTHESIS =
      Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

  public static List<Placeholder> in(String value) {
    if (value.indexOf('{') < 0 && value.indexOf('%') < 0 && value.indexOf('$') < 0) {
      return List.of();
    }
    List<Placeholder> found = new ArrayList<>();
    Matcher m = DOLLAR_BRACE.matcher(value);
    while (m.find()) {
      found.add(new Placeholder(m.group(1).strip(), Optional.ofNullable(m.group(2))));
    }
    m = PERCENT.matcher(value);
    while (m.find()) {
      found.add(new Placeholder(m.group(1).strip(), Optional.empty()));
    }
    m = MUSTACHE.matcher(value);
    while (m.find()) {
      found.add(new Placeholder(m.group(1), Optional.empty()));
    }
    m = DOLLAR_NAME.matcher(value);
    while (m.find()) {
      found.add(new Placeholder(m.group(1), Optional.empty()));
    }
    m = DOLLAR_PARENTHESIS.matcher(value);
    while (m.find()) {
      found.add(new Placeholder(m.group(1), Optional.empty()));
    }
    return found;
  }
}
