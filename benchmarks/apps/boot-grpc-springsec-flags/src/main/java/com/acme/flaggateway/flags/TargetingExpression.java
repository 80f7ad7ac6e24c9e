package com.acme.flaggateway.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gateway-side pre-filter sent by callers, e.g. {@code plan == 'pro' && country != 'DE'}.
 * Only equality clauses joined by {@code &&}; an empty filter matches everyone.
 */
public final class TargetingExpression {

    private static final Logger log = LoggerFactory.getLogger(TargetingExpression.class);

    enum TokenType { IDENT, STRING, EQ, NEQ, AND, EOF }

    record Token(TokenType type, String text, int position) {
    }

    private record Clause(String property, boolean negated, String value) {
    }

    private final List<Clause> clauses;

    private TargetingExpression(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    public static TargetingExpression parse(String source) {
        List<Token> tokens = tokenize(source == null ? "" : source);
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (tokens.get(i).type() != TokenType.EOF) {
            Token property = expect(tokens.get(i++), TokenType.IDENT);
            Token operator = tokens.get(i++);
            if (operator.type() != TokenType.EQ && operator.type() != TokenType.NEQ) {
                throw unexpected(operator);
            }
            Token value = expect(tokens.get(i++), TokenType.STRING);
            clauses.add(new Clause(property.text(), operator.type() == TokenType.NEQ, value.text()));
            if (tokens.get(i).type() == TokenType.AND) {
                i++;
            }
        }
        return new TargetingExpression(clauses);
    }

    public boolean matches(Map<String, String> personProperties) {
        return clauses.stream().allMatch(c -> c.value().equals(personProperties.get(c.property())) != c.negated());
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < source.length()) {
            char ch = source.charAt(pos);
            if (Character.isWhitespace(ch)) {
                pos++;
            } else if (source.startsWith("==", pos) || source.startsWith("!=", pos) || source.startsWith("&&", pos)) {
                TokenType type = ch == '=' ? TokenType.EQ : ch == '!' ? TokenType.NEQ : TokenType.AND;
                tokens.add(new Token(type, source.substring(pos, pos + 2), pos));
                pos += 2;
            } else if (ch == '\'') {
                int end = source.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new SyntaxException("unterminated string at column " + pos);
                }
                tokens.add(new Token(TokenType.STRING, source.substring(pos + 1, end), pos));
                pos = end + 1;
            } else if (Character.isLetter(ch) || ch == '$' || ch == '_') {
                int start = pos;
                while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_' || source.charAt(pos) == '$')) {
                    pos++;
                }
                tokens.add(new Token(TokenType.IDENT, source.substring(start, pos), start));
            } else {
                throw new SyntaxException("unexpected character '" + ch + "' at column " + pos);
            }
        }
        tokens.add(new Token(TokenType.EOF, "", source.length()));
        return tokens;
    }

    private static Token expect(Token token, TokenType type) {
        if (token.type() != type) {
            throw unexpected(token);
        }
        return token;
    }

    private static SyntaxException unexpected(Token token) {
        log.debug("Unexpected token {} ({}) at column {}", token.text(), token.type(), token.position());
        return new SyntaxException("unexpected '" + token.text() + "' at column " + token.position());
    }

    public static class SyntaxException extends RuntimeException {
        public SyntaxException(String message) {
            super(message);
        }
    }
}
