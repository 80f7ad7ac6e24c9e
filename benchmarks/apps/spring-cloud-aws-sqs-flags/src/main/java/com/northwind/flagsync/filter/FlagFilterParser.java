package com.northwind.flagsync.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the export filter expression, e.g. {@code active == true && key != "legacy-checkout"}.
 * Only conjunctions of equality / inequality comparisons are supported.
 */
public final class FlagFilterParser {

    private static final Logger log = LoggerFactory.getLogger(FlagFilterParser.class);

    enum TokenType { IDENT, STRING, BOOLEAN, EQ, NEQ, AND, EOF }

    record Token(TokenType type, String text, int position) {
    }

    record Comparison(String field, boolean negated, String value) {
        boolean matches(Map<String, Object> attributes) {
            boolean equal = Objects.equals(String.valueOf(attributes.get(field)), value);
            return negated != equal;
        }
    }

    private final List<Token> tokens;
    private int current;

    private FlagFilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Comparison> parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return List.of();
        }
        return new FlagFilterParser(tokenize(expression)).comparisons();
    }

    public static boolean matches(List<Comparison> filter, Map<String, Object> attributes) {
        return filter.stream().allMatch(c -> c.matches(attributes));
    }

    private List<Comparison> comparisons() {
        List<Comparison> result = new ArrayList<>();
        do {
            Token field = expect(TokenType.IDENT);
            Token op = next();
            if (op.type() != TokenType.EQ && op.type() != TokenType.NEQ) {
                throw unexpected(op);
            }
            Token value = next();
            if (value.type() != TokenType.STRING && value.type() != TokenType.BOOLEAN) {
                throw unexpected(value);
            }
            result.add(new Comparison(field.text(), op.type() == TokenType.NEQ, value.text()));
        } while (next().type() == TokenType.AND);
        return result;
    }

    private Token expect(TokenType type) {
        Token token = next();
        if (token.type() != type) {
            throw unexpected(token);
        }
        return token;
    }

    private Token next() {
        return tokens.get(Math.min(current++, tokens.size() - 1));
    }

    private IllegalArgumentException unexpected(Token token) {
        log.debug("Unexpected token {} at position {}", token, token.position());
        return new IllegalArgumentException("Unexpected token '" + token.text() + "' at position " + token.position());
    }

    private static List<Token> tokenize(String input) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (input.startsWith("==", i)) {
                out.add(new Token(TokenType.EQ, "==", i));
                i += 2;
            } else if (input.startsWith("!=", i)) {
                out.add(new Token(TokenType.NEQ, "!=", i));
                i += 2;
            } else if (input.startsWith("&&", i)) {
                out.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at position " + i);
                }
                out.add(new Token(TokenType.STRING, input.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_')) {
                    i++;
                }
                String word = input.substring(start, i);
                TokenType type = "true".equals(word) || "false".equals(word) ? TokenType.BOOLEAN : TokenType.IDENT;
                out.add(new Token(type, word, start));
            } else {
                throw new IllegalArgumentException("Unexpected character '" + c + "' at position " + i);
            }
        }
        out.add(new Token(TokenType.EOF, "", input.length()));
        return out;
    }
}
