package com.acme.flags.services;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the small targeting language used by local flag overrides, e.g.
 * {@code plan == "pro" && country in ["DE", "FR"]}.
 */
@Singleton
public class RuleTokenizer {

    private static final Logger log = LoggerFactory.getLogger(RuleTokenizer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, AND, OR, IN }

    public record Token(TokenType type, String text, int position) {
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
                tokens.add(new Token(TokenType.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, expression.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
                    i++;
                }
                String word = expression.substring(start, i);
                tokens.add(new Token(word.equals("in") ? TokenType.IN : TokenType.IDENT, word, start));
            } else if (expression.startsWith("&&", i) || expression.startsWith("||", i)) {
                tokens.add(new Token(c == '&' ? TokenType.AND : TokenType.OR, expression.substring(i, i + 2), i));
                i += 2;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
                tokens.add(new Token(TokenType.OPERATOR, expression.substring(i, i + 2), i));
                i += 2;
            } else if (c == '[' || c == ']' || c == ',') {
                TokenType type = c == '[' ? TokenType.LBRACKET : c == ']' ? TokenType.RBRACKET : TokenType.COMMA;
                tokens.add(new Token(type, String.valueOf(c), i));
                i++;
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
            }
        }
        for (Token token : tokens) {
            log.trace("token {}", token);
        }
        return tokens;
    }
}
