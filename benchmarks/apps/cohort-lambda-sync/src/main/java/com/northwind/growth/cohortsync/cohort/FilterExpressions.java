package com.northwind.growth.cohortsync.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Translates the small filter language used in {@code cohort_definitions.filter_expression} into
 * PostHog's cohort {@code filters} JSON. Grammar: {@code cond (AND cond)*}, where
 * {@code cond := IDENT OP literal} and {@code OP} is one of {@code = != > >= < <= ~}.
 */
public final class FilterExpressions {

    private static final Logger LOG = LogManager.getLogger(FilterExpressions.class);

    enum TokenType { IDENT, OPERATOR, STRING, NUMBER, AND, EOF }

    record Token(TokenType type, String text, int start) {
    }

    private FilterExpressions() {
    }

    public static Map<String, Object> toPostHogFilters(String expression) {
        List<Token> tokens = tokenize(expression);
        List<Map<String, Object>> values = new ArrayList<>();
        int i = 0;
        while (tokens.get(i).type() != TokenType.EOF) {
            Token property = expect(tokens.get(i++), TokenType.IDENT, expression);
            Token operator = expect(tokens.get(i++), TokenType.OPERATOR, expression);
            Token literal = tokens.get(i++);
            if (literal.type() != TokenType.STRING && literal.type() != TokenType.NUMBER) {
                throw new IllegalArgumentException("Expected literal at " + literal.start() + " in: " + expression);
            }
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("type", "person");
            condition.put("key", property.text());
            condition.put("operator", posthogOperator(operator.text()));
            condition.put("value", literal.type() == TokenType.NUMBER ? Double.valueOf(literal.text()) : literal.text());
            values.add(condition);
            if (tokens.get(i).type() == TokenType.AND) {
                i++;
            }
        }
        Map<String, Object> group = Map.of("type", "AND", "values", values);
        return Map.of("properties", Map.of("type", "OR", "values", List.of(group)));
    }

    static List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < expression.length()) {
            char c = expression.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            Token token;
            if (c == '\'') {
                int end = expression.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + pos + " in: " + expression);
                }
                token = new Token(TokenType.STRING, expression.substring(pos + 1, end), pos);
                pos = end + 1;
            } else if (Character.isDigit(c)) {
                int end = pos;
                while (end < expression.length() && (Character.isDigit(expression.charAt(end)) || expression.charAt(end) == '.')) {
                    end++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(pos, end), pos);
                pos = end;
            } else if ("=!<>~".indexOf(c) >= 0) {
                int end = pos + 1;
                if (end < expression.length() && expression.charAt(end) == '=') {
                    end++;
                }
                token = new Token(TokenType.OPERATOR, expression.substring(pos, end), pos);
                pos = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = pos;
                while (end < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(end)) || "_$.".indexOf(expression.charAt(end)) >= 0)) {
                    end++;
                }
                String word = expression.substring(pos, end);
                token = new Token("AND".equalsIgnoreCase(word) ? TokenType.AND : TokenType.IDENT, word, pos);
                pos = end;
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + pos + " in: " + expression);
            }
            LOG.trace("lexed {} '{}' at {}", token.type(), token.text(), token.start());
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, "", expression.length()));
        return tokens;
    }

    private static Token expect(Token token, TokenType type, String expression) {
        if (token.type() != type) {
            throw new IllegalArgumentException("Expected " + type + " but found " + token + " in: " + expression);
        }
        return token;
    }

    private static String posthogOperator(String op) {
        return switch (op) {
            case "=" -> "exact";
            case "!=" -> "is_not";
            case ">" -> "gt";
            case ">=" -> "gte";
            case "<" -> "lt";
            case "<=" -> "lte";
            case "~" -> "icontains";
            default -> throw new IllegalArgumentException("Unsupported operator " + op);
        };
    }
}
