package com.northwind.reports.batch;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the {@code insightFilter} job parameter, e.g. {@code "insight:42,77 & tag:weekly"},
 * into tokens.
 */
public final class InsightFilterLexer {

    private static final Logger LOG = Logger.getLogger(InsightFilterLexer.class);

    public enum TokenType { KEYWORD, COLON, NUMBER, IDENT, COMMA, AND }

    public record Token(TokenType type, String text, int position) {
    }

    private InsightFilterLexer() {
    }

    public static List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':') {
                tokens.add(new Token(TokenType.COLON, ":", i++));
            } else if (c == ',') {
                tokens.add(new Token(TokenType.COMMA, ",", i++));
            } else if (c == '&') {
                tokens.add(new Token(TokenType.AND, "&", i++));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < input.length() && Character.isDigit(input.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, input.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < input.length() && Character.isLetterOrDigit(input.charAt(i))) {
                    i++;
                }
                String word = input.substring(start, i);
                TokenType type = "insight".equals(word) || "tag".equals(word) ? TokenType.KEYWORD : TokenType.IDENT;
                tokens.add(new Token(type, word, start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + i + " in insight filter");
            }
        }
        for (Token token : tokens) {
            LOG.tracef("token %s '%s' at %d", token.type(), token.text(), token.position());
        }
        return tokens;
    }

    /** Collects the numbers that follow {@code insight:}. */
    public static List<Long> insightIds(List<Token> tokens) {
        List<Long> ids = new ArrayList<>();
        boolean inInsightClause = false;
        for (Token token : tokens) {
            switch (token.type()) {
                case KEYWORD -> inInsightClause = "insight".equals(token.text());
                case NUMBER -> {
                    if (inInsightClause) {
                        ids.add(Long.parseLong(token.text()));
                    }
                }
                case AND -> inInsightClause = false;
                default -> {
                }
            }
        }
        return ids;
    }
}
