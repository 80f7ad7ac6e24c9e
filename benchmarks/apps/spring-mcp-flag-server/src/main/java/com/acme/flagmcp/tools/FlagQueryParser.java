package com.acme.flagmcp.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import com.acme.flagmcp.posthog.FeatureFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny filter language for the list_flags tool, e.g. {@code active tag:beta !archived}.
 */
public final class FlagQueryParser {

    private static final Logger log = LoggerFactory.getLogger(FlagQueryParser.class);

    enum TokenKind { WORD, TAG, NOT }

    record Token(TokenKind kind, String text, int position) {
    }

    private FlagQueryParser() {
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        if (query == null) {
            return tokens;
        }
        int pos = 0;
        for (String part : query.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("!")) {
                tokens.add(new Token(TokenKind.NOT, "!", pos));
                part = part.substring(1);
            }
            if (part.startsWith("tag:")) {
                tokens.add(new Token(TokenKind.TAG, part.substring(4), pos));
            } else {
                tokens.add(new Token(TokenKind.WORD, part, pos));
            }
            pos++;
        }
        return tokens;
    }

    public static Predicate<FeatureFlag> parse(String query) {
        Predicate<FeatureFlag> result = flag -> !flag.deleted();
        boolean negate = false;
        for (Token token : tokenize(query)) {
            log.debug("filter token {}", token);
            Predicate<FeatureFlag> term = switch (token.kind()) {
                case NOT -> null;
                case TAG -> flag -> flag.tags() != null && flag.tags().contains(token.text());
                case WORD -> switch (token.text()) {
                    case "active" -> FeatureFlag::active;
                    case "inactive" -> flag -> !flag.active();
                    default -> flag -> flag.key().contains(token.text());
                };
            };
            if (term == null) {
                negate = true;
                continue;
            }
            result = result.and(negate ? term.negate() : term);
            negate = false;
        }
        return result;
    }
}
