package com.northwind.flagdesk.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The search box's little query language: words match the flag key or name, {@code active} and
 * {@code inactive} match the state, {@code by:alice} the author.
 */
public final class FlagFilter implements Predicate<FlagDefinition> {

  private static final Logger LOG = Logger.getLogger(FlagFilter.class.getName());

  private final List<Predicate<FlagDefinition>> terms = new ArrayList<>();

  public static FlagFilter parse(String query) {
    FlagFilter filter = new FlagFilter();
    StringTokenizer lexer = new StringTokenizer(query == null ? "" : query, " \t,");
    int tokenCount = 0;
    while (lexer.hasMoreTokens()) {
      String token = lexer.nextToken().toLowerCase(Locale.ROOT);
      tokenCount++;
      LOG.finest("filter token #" + tokenCount + ": " + token);
      filter.terms.add(termFor(token));
    }
    return filter;
  }

  private static Predicate<FlagDefinition> termFor(String token) {
    if (token.equals("active")) {
      return FlagDefinition::active;
    }
    if (token.equals("inactive")) {
      return f -> !f.active();
    }
    if (token.startsWith("by:")) {
      String author = token.substring(3);
      return f -> f.createdBy() != null && f.createdBy().toLowerCase(Locale.ROOT).contains(author);
    }
    return f ->
        f.key().toLowerCase(Locale.ROOT).contains(token)
            || (f.name() != null && f.name().toLowerCase(Locale.ROOT).contains(token));
  }

  @Override
  public boolean test(FlagDefinition flag) {
    return terms.stream().allMatch(t -> t.test(flag));
  }
}
