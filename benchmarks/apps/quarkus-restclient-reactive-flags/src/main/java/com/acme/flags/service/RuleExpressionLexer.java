package com.acme.flags.service;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tokenizer for the targeting-rule expressions ops can attach to a flag override,
 * e.g. {@code country == "DE" && plan in ["pro", "team"]}.
 */
@ApplicationScoped
public class RuleExpressionLexer {

    private static final Logger LOG = Logger.getLogger(RuleExpressionLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA }

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
            if (Character.isLetter(c) || c == '_' || c == '$') {
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                token = new Token(TokenType.IDENT, expression.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(start, i), start);
            } else if (c == '"') {
                i++;
                while (i < expression.length() && expression.charAt(i) != '"') {
                    i++;
                }
                if (i >= expression.length()) {
                    throw new IllegalArgumentException("Unterminated string at " + start);
                }
                i++;
                token = new Token(TokenType.STRING, expression.substring(start + 1, i - 1), start);
            } else if (c == '[' || c == ']' || c == ',') {
                i++;
                TokenType type = c == '[' ? TokenType.LBRACKET : c == ']' ? TokenType.RBRACKET : TokenType.COMMA;
                token = new Token(type, String.valueOf(c), start);
            } else {
                while (i < expression.length() && "=!<>&|".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
                }
                token = new Token(TokenType.OPERATOR, expression.substring(start, i), start);
            }
            LOG.tracef("lexed %s", token);
            tokens.add(token);
        }
        return tokens;
    }
}
