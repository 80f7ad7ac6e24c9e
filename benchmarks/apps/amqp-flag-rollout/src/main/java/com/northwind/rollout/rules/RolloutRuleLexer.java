package com.northwind.rollout.rules;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes the small targeting language used in rollout commands, e.g.
 * {@code country == "DE" && plan != "free"}.
 */
@Component
public class RolloutRuleLexer {

    public enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type + "(" + text + ")@" + position;
        }
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        if (expression == null) {
            return tokens;
        }
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(TokenType.LPAREN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(TokenType.RPAREN, ")", i++));
            } else if (expression.startsWith("==", i)) {
                tokens.add(new Token(TokenType.EQ, "==", i));
                i += 2;
            } else if (expression.startsWith("!=", i)) {
                tokens.add(new Token(TokenType.NEQ, "!=", i));
                i += 2;
            } else if (expression.startsWith("&&", i)) {
                tokens.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (expression.startsWith("||", i)) {
                tokens.add(new Token(TokenType.OR, "||", i));
                i += 2;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(TokenType.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, expression.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_' || expression.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(TokenType.IDENT, expression.substring(start, i), start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
            }
        }
        return tokens;
    }
}
