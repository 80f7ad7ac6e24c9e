package com.tallyhq.flagdesk.ui;

import com.tallyhq.flagdesk.api.dto.FeatureFlagDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search box syntax: free words match key or name, plus "is:active", "is:off", "rollout:<50".
 */
final class FlagFilter {

    private static final Logger log = LoggerFactory.getLogger(FlagFilter.class);

    enum TokenType { WORD, QUALIFIER }

    record Token(TokenType type, String text, int position) {
    }

    private FlagFilter() {
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String part : query.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                tokens.add(new Token(part.contains(":") ? TokenType.QUALIFIER : TokenType.WORD, part, pos));
            }
            pos += part.length() + 1;
        }
        return tokens;
    }

    static Predicate<FeatureFlagDto> parse(String query) {
        Predicate<FeatureFlagDto> predicate = f -> true;
        for (Token token : tokenize(query)) {
            log.trace("filter token {} '{}' at {}", token.type(), token.text(), token.position());
            String text = token.text().toLowerCase(Locale.ROOT);
            predicate = predicate.and(switch (token.type()) {
                case WORD -> f -> f.key().toLowerCase(Locale.ROOT).contains(text)
                        || (f.name() != null && f.name().toLowerCase(Locale.ROOT).contains(text));
                case QUALIFIER -> qualifier(text);
            });
        }
        return predicate;
    }

    private static Predicate<FeatureFlagDto> qualifier(String text) {
        if (text.equals("is:active")) {
            return FeatureFlagDto::active;
        }
        if (text.equals("is:off")) {
            return f -> !f.active();
        }
        if (text.startsWith("rollout:<")) {
            int limit = Integer.parseInt(text.substring("rollout:<".length()));
            return f -> f.rolloutPercentage() != null && f.rolloutPercentage() < limit;
        }
        return f -> true;
    }
}
