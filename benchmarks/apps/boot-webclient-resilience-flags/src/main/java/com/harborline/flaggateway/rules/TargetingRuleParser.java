package com.harborline.flaggateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * Parses the tiny override language used in {@code gateway.overrides}, e.g.
 * {@code plan == "enterprise" && region != "eu"}.
 */
@Slf4j
@Component
public class TargetingRuleParser {

    enum TokenType { IDENT, STRING, EQ, NEQ, AND, EOF }

    record Token(TokenType type, String text, int position) {
    }

    public record Condition(String attribute, boolean equals, String value) {

        boolean test(Map<String, String> attributes) {
            return equals == Objects.equals(attributes.get(attribute), value);
        }
    }

    public record Rule(List<Condition> conditions) {

        public boolean matches(Map<String, String> attributes) {
            return conditions.stream().allMatch(c -> c.test(attributes));
        }
    }

    public Rule parse(String expression) {
        List<Token> tokens = tokenize(expression);
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        while (true) {
            Token attribute = expect(tokens.get(i++), TokenType.IDENT, expression);
            Token operator = tokens.get(i++);
            if (operator.type() != TokenType.EQ && operator.type() != TokenType.NEQ) {
                log.debug("Unexpected token {} at position {} in rule '{}'", operator, operator.position(), expression);
                throw new IllegalArgumentException("Expected == or != at position " + operator.position());
            }
            Token value = expect(tokens.get(i++), TokenType.STRING, expression);
            conditions.add(new Condition(attribute.text(), operator.type() == TokenType.EQ, value.text()));
            Token next = tokens.get(i++);
            if (next.type() == TokenType.EOF) {
                return new Rule(conditions);
            }
            expect(next, TokenType.AND, expression);
        }
    }

    private Token expect(Token token, TokenType type, String expression) {
        if (token.type() != type) {
            throw new IllegalArgumentException("Expected " + type + " but found '" + token.text() + "' at position "
                    + token.position() + " in rule '" + expression + "'");
        }
        return token;
    }

    List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (input.startsWith("==", pos)) {
                tokens.add(new Token(TokenType.EQ, "==", pos));
                pos += 2;
            } else if (input.startsWith("!=", pos)) {
                tokens.add(new Token(TokenType.NEQ, "!=", pos));
                pos += 2;
            } else if (input.startsWith("&&", pos)) {
                tokens.add(new Token(TokenType.AND, "&&", pos));
                pos += 2;
            } else if (c == '"') {
                int end = input.indexOf('"', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at position " + pos);
                }
                tokens.add(new Token(TokenType.STRING, input.substring(pos + 1, end), pos));
                pos = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < input.length() && (Character.isJavaIdentifierPart(input.charAt(pos)) || input.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(new Token(TokenType.IDENT, input.substring(start, pos), start));
            } else {
                throw new IllegalArgumentException("Unexpected character '" + c + "' at position " + pos);
            }
        }
        tokens.add(new Token(TokenType.EOF, "", input.length()));
        return tokens;
    }
}
