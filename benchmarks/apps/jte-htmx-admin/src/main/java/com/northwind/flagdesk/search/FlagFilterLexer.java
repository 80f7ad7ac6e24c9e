package com.northwind.flagdesk.search;

import com.northwind.flagdesk.posthog.PostHogAdminClient.FeatureFlagDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the console's search box: {@code checkout status:active rollout:<50}.
 */
public class FlagFilterLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagFilterLexer.class);

    public enum TokenType { WORD, QUALIFIER, END }

    public record Token(TokenType type, String text) {
    }

    private final String input;
    private int pos;

    public FlagFilterLexer(String input) {
        this.input = input == null ? "" : input.trim();
    }

    public Filter parse() {
        List<String> words = new ArrayList<>();
        Boolean active = null;
        Integer maxRollout = null;
        for (Token token = next(); token.type() != TokenType.END; token = next()) {
            log.trace("search token {}", token);
            if (token.type() == TokenType.QUALIFIER && token.text().startsWith("status:")) {
                active = token.text().endsWith(":active");
            } else if (token.type() == TokenType.QUALIFIER && token.text().startsWith("rollout:<")) {
                maxRollout = Integer.parseInt(token.text().substring("rollout:<".length()));
            } else {
                words.add(token.text().toLowerCase(Locale.ROOT));
            }
        }
        return new Filter(List.copyOf(words), active, maxRollout);
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.END, "");
        }
        int start = pos;
        while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        String text = input.substring(start, pos);
        return new Token(text.contains(":") ? TokenType.QUALIFIER : TokenType.WORD, text);
    }

    public record Filter(List<String> words, Boolean active, Integer maxRollout) {

        public boolean matches(FeatureFlagDto flag) {
            String haystack = (flag.key() + " " + flag.name()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains)
                    && (active == null || active == flag.active())
                    && (maxRollout == null || flag.rolloutPercentage() < maxRollout);
        }
    }
}
