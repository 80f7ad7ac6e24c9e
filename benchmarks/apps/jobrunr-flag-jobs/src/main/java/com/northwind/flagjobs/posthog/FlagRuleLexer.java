package com.northwind.flagjobs.posthog;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tiny lexer for our in-house flag filter expressions ({@code plan == "pro" && country != "DE"}),
 * used to reject flags we cannot mirror before they hit the table.
 */
@Component
public class FlagRuleLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    public void validate(String flagKey, String expression) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        for (Token token : tokenize(expression)) {
            log.trace("flag {}: token {}", flagKey, token);
        }
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), i));
                i++;
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
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(TokenType.IDENT, expression.substring(start, i), start));
            } else {
                int start = i;
                while (i < expression.length() && "=!<>&|".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
                }
                tokens.add(new Token(TokenType.OPERATOR, expression.substring(start, i), start));
            }
        }
        return tokens;
    }
}
