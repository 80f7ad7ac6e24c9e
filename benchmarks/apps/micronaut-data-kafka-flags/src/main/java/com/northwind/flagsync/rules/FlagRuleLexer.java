package com.northwind.flagsync.rules;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for the targeting expressions the admin gateway attaches to flag changes,
 * e.g. {@code plan == "pro" && country in ["DE", "FR"]}.
 */
@Singleton
public class FlagRuleLexer {

    private static final Logger LOG = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (Character.isLetter(c) || c == '_') {
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                token = new Token(TokenType.IDENT, expression.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(start, i), start);
            } else if (c == '"') {
                i++;
                while (i < expression.length() && expression.charAt(i) != '"') {
                    i++;
                }
                i = Math.min(i + 1, expression.length());
                token = new Token(TokenType.STRING, expression.substring(start, i), start);
            } else if (c == '[' || c == ']' || c == ',') {
                i++;
                TokenType type = c == '[' ? TokenType.LBRACKET : c == ']' ? TokenType.RBRACKET : TokenType.COMMA;
                token = new Token(type, String.valueOf(c), start);
            } else {
                while (i < expression.length() && "=!<>&|".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
                }
                token = new Token(TokenType.OPERATOR, expression.substring(start, i), start);
            }
            LOG.trace("lexed token {}", token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, "", expression.length()));
        return tokens;
    }
}
