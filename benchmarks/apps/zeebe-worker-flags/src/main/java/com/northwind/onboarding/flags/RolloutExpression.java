package com.northwind.onboarding.flags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tiny guard language for the {@code rolloutGuard} task header, e.g.
 * {@code plan == 'pro' and country != 'US'}. Conditions are joined with {@code and} only.
 */
public final class RolloutExpression {

    private static final Logger log = LoggerFactory.getLogger(RolloutExpression.class);

    enum TokenKind { IDENTIFIER, STRING, EQ, NEQ, AND }

    record Token(TokenKind kind, String text, int position) {
    }

    private record Condition(String variable, boolean negated, String literal) {
    }

    private final List<Condition> conditions;

    private RolloutExpression(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public static RolloutExpression parse(String source) {
        List<Token> tokens = tokenize(source);
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token variable = expect(tokens, i++, TokenKind.IDENTIFIER);
            Token operator = tokens.get(i++);
            Token literal = expect(tokens, i++, TokenKind.STRING);
            conditions.add(new Condition(variable.text(), operator.kind() == TokenKind.NEQ, literal.text()));
            if (i < tokens.size()) {
                expect(tokens, i++, TokenKind.AND);
            }
        }
        return new RolloutExpression(conditions);
    }

    public boolean matches(Map<String, Object> variables) {
        for (Condition condition : conditions) {
            boolean equal = Objects.equals(String.valueOf(variables.get(condition.variable())), condition.literal());
            if (equal == condition.negated()) {
                return false;
            }
        }
        return true;
    }

    static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            Token token;
            if (c == '\'') {
                int end = source.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + pos);
                }
                token = new Token(TokenKind.STRING, source.substring(pos + 1, end), pos);
            } else if (source.startsWith("==", pos)) {
                token = new Token(TokenKind.EQ, "==", pos);
            } else if (source.startsWith("!=", pos)) {
                token = new Token(TokenKind.NEQ, "!=", pos);
            } else if (Character.isLetter(c)) {
                int end = pos;
                while (end < source.length() && Character.isLetterOrDigit(source.charAt(end))) {
                    end++;
                }
                String word = source.substring(pos, end);
                token = new Token("and".equals(word) ? TokenKind.AND : TokenKind.IDENTIFIER, word, pos);
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + pos);
            }
            log.trace("Rollout guard token {}", token);
            tokens.add(token);
            pos = token.position() + token.text().length() + (token.kind() == TokenKind.STRING ? 2 : 0);
        }
        return tokens;
    }

    private static Token expect(List<Token> tokens, int index, TokenKind kind) {
        if (index >= tokens.size() || tokens.get(index).kind() != kind) {
            throw new IllegalArgumentException("Expected " + kind + " at token " + index);
        }
        return tokens.get(index);
    }
}
