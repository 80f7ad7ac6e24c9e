package com.northwind.opsadmin.service;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny lexer for the grid filter box: {@code owner:payments scope:admin billing}.
 */
public final class FilterQuery {

    private static final Logger log = LoggerFactory.getLogger(FilterQuery.class);

    public enum Kind { FIELD, WORD }

    public record Token(Kind kind, String field, String text, int start) {
    }

    private final List<Token> tokens;

    private FilterQuery(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static FilterQuery parse(String input) {
        List<Token> tokens = new ArrayList<>();
        if (input == null) {
            return new FilterQuery(tokens);
        }
        int i = 0;
        while (i < input.length()) {
            while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < input.length() && !Character.isWhitespace(input.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String raw = input.substring(start, i);
            int colon = raw.indexOf(':');
            Token token = colon > 0
                    ? new Token(Kind.FIELD, raw.substring(0, colon).toLowerCase(), raw.substring(colon + 1), start)
                    : new Token(Kind.WORD, null, raw, start);
            log.trace("Lexed filter token {} at offset {}", token.text(), token.start());
            tokens.add(token);
        }
        return new FilterQuery(tokens);
    }

    public String valueOf(String field) {
        return tokens.stream()
                .filter(t -> t.kind() == Kind.FIELD && field.equals(t.field()))
                .map(Token::text)
                .findFirst()
                .orElse(null);
    }

    public String freeText() {
        return String.join(" ", tokens.stream()
                .filter(t -> t.kind() == Kind.WORD)
                .map(Token::text)
                .toList());
    }
}
