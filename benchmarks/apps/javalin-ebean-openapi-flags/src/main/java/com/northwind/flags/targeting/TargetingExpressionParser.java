package com.northwind.flags.targeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for override conditions such as {@code country == "DE" && plan != "free"}.
 * Only validates the syntax; evaluation happens in PostHog.
 */
public final class TargetingExpressionParser {

    private static final Logger log = LoggerFactory.getLogger(TargetingExpressionParser.class);

    public enum TokenKind { IDENTIFIER, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(TokenKind kind, String text, int position) {
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(TokenKind.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (expression.startsWith("&&", i)) {
                tokens.add(new Token(TokenKind.AND, "&&", i));
                i += 2;
            } else if (expression.startsWith("||", i)) {
                tokens.add(new Token(TokenKind.OR, "||", i));
                i += 2;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
                tokens.add(new Token(TokenKind.OPERATOR, expression.substring(i, i + 2), i));
                i += 2;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenKind.LPAREN : TokenKind.RPAREN, String.valueOf(c), i));
                i++;
            } else if (Character.isLetter(c) || c == '$' || c == '_') {
                int start = i;
                while (i < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_' || expression.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(TokenKind.IDENTIFIER, expression.substring(start, i), start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
            }
        }
        for (Token token : tokens) {
            log.trace("token {} '{}' at {}", token.kind(), token.text(), token.position());
        }
        int tokenCount = tokens.size();
        log.debug("Condition tokenized into {} tokens", tokenCount);
        return tokens;
    }
}
