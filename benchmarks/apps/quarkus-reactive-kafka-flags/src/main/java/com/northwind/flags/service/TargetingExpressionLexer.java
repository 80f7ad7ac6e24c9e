package com.northwind.flags.service;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the small targeting language used in overrides, e.g. {@code plan == "pro" and not beta}.
 */
public final class TargetingExpressionLexer {

    private static final Logger LOG = Logger.getLogger(TargetingExpressionLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, AND, OR, NOT, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            int start = pos;
            Token token;
            if (c == '(' || c == ')') {
                token = new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), start);
                pos++;
            } else if (c == '"') {
                int end = input.indexOf('"', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + start);
                }
                token = new Token(TokenType.STRING, input.substring(pos + 1, end), start);
                pos = end + 1;
            } else if (Character.isDigit(c)) {
                while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                    pos++;
                }
                token = new Token(TokenType.NUMBER, input.substring(start, pos), start);
            } else if ("=!<>".indexOf(c) >= 0) {
                pos++;
                if (pos < input.length() && input.charAt(pos) == '=') {
                    pos++;
                }
                token = new Token(TokenType.OPERATOR, input.substring(start, pos), start);
            } else if (Character.isLetter(c) || c == '_') {
                while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                    pos++;
                }
                String word = input.substring(start, pos);
                token = new Token(keywordOrIdent(word), word, start);
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
            }
            LOG.tracef("token %s", token);
            tokens.add(token);
        }
        Token eof = new Token(TokenType.EOF, "", input.length());
        tokens.add(eof);
        LOG.debugf("Lexed %d tokens, last token %s", tokens.size(), eof);
        return tokens;
    }

    private static TokenType keywordOrIdent(String word) {
        return switch (word) {
            case "and" -> TokenType.AND;
            case "or" -> TokenType.OR;
            case "not" -> TokenType.NOT;
            default -> TokenType.IDENT;
        };
    }
}
