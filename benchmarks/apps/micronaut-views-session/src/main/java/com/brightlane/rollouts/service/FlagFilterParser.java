package com.brightlane.rollouts.service;

import com.brightlane.rollouts.domain.Rollout;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Parses the dashboard search box, e.g. {@code owner:payments active:true pct>=50 checkout}.
 * Bare words match the flag key or name.
 */
@Singleton
public class FlagFilterParser {

    private static final Logger LOG = LoggerFactory.getLogger(FlagFilterParser.class);

    record Token(String text, int offset) {
    }

    public Predicate<Rollout> parse(@Nullable String query) {
        Predicate<Rollout> filter = r -> true;
        if (query == null || query.isBlank()) {
            return filter;
        }
        for (Token token : tokenize(query)) {
            Predicate<Rollout> term = toPredicate(token);
            if (term == null) {
                LOG.debug("Ignoring unexpected token '{}' at offset {}", token.text(), token.offset());
                continue;
            }
            filter = filter.and(term);
        }
        return filter;
    }

    List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            while (i < query.length() && Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < query.length() && !Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(query.substring(start, i), start));
            }
        }
        return tokens;
    }

    @Nullable
    private Predicate<Rollout> toPredicate(Token token) {
        String text = token.text().toLowerCase(Locale.ROOT);
        if (text.startsWith("owner:")) {
            String owner = text.substring("owner:".length());
            return r -> r.owner() != null && r.owner().equalsIgnoreCase(owner);
        }
        if (text.equals("active:true") || text.equals("active:false")) {
            boolean wanted = text.endsWith("true");
            return r -> r.active() == wanted;
        }
        if (text.startsWith("pct>=")) {
            try {
                int min = Integer.parseInt(text.substring("pct>=".length()));
                return r -> r.rolloutPercentage() >= min;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (text.indexOf(':') >= 0 || text.indexOf('>') >= 0 || text.indexOf('<') >= 0) {
            return null;
        }
        return r -> r.flagKey().contains(text)
                || (r.name() != null && r.name().toLowerCase(Locale.ROOT).contains(text));
    }
}
