package com.northwind.flagdesk.flags;

import com.northwind.flagdesk.posthog.FeatureFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the search box of the admin dashboard, e.g. {@code active:true tag:beta checkout}.
 * Terms are AND-ed; a bare word matches the flag key or name.
 */
public final class FlagFilterParser {

    private static final Logger log = LoggerFactory.getLogger(FlagFilterParser.class);

    enum TokenType { FIELD_TERM, WORD }

    record Token(TokenType type, String field, String value, int position) {
    }

    private FlagFilterParser() {
    }

    public static Predicate<FeatureFlag> parse(String query) {
        Predicate<FeatureFlag> filter = flag -> true;
        for (Token token : tokenize(query)) {
            Predicate<FeatureFlag> term = toPredicate(token);
            if (term == null) {
                log.debug("Ignoring unsupported filter token {} at position {}", token, token.position());
                continue;
            }
            filter = filter.and(term);
        }
        return filter;
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int position = 0;
        for (String part : query.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon > 0 && colon < part.length() - 1) {
                tokens.add(new Token(TokenType.FIELD_TERM, part.substring(0, colon).toLowerCase(Locale.ROOT),
                        part.substring(colon + 1), position));
            } else {
                tokens.add(new Token(TokenType.WORD, null, part, position));
            }
            position += part.length() + 1;
        }
        return tokens;
    }

    private static Predicate<FeatureFlag> toPredicate(Token token) {
        String value = token.value().toLowerCase(Locale.ROOT);
        if (token.type() == TokenType.WORD) {
            return flag -> flag.key().toLowerCase(Locale.ROOT).contains(value)
                    || (flag.name() != null && flag.name().toLowerCase(Locale.ROOT).contains(value));
        }
        return switch (token.field()) {
            case "active" -> flag -> flag.active() == Boolean.parseBoolean(value);
            case "tag" -> flag -> flag.hasTag(token.value());
            case "key" -> flag -> flag.key().equalsIgnoreCase(token.value());
            default -> null;
        };
    }
}
