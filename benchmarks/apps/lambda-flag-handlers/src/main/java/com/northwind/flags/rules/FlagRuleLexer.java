package com.northwind.flags.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Tokenizes the console's override-rule language, e.g. {@code plan == "pro" && country in ["DE", "FR"]}.
 */
public final class FlagRuleLexer {

    private static final Logger LOG = LogManager.getLogger(FlagRuleLexer.class);

    public enum TokenKind { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, EOF }

    public record Token(TokenKind kind, String text, int position) {
    }

    public List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (Character.isLetter(c)) {
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                token = new Token(TokenKind.IDENT, source.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                token = new Token(TokenKind.NUMBER, source.substring(start, i), start);
            } else if (c == '"') {
                i++;
                while (i < source.length() && source.charAt(i) != '"') {
                    i++;
                }
                i++;
                token = new Token(TokenKind.STRING, source.substring(start + 1, Math.min(i - 1, source.length())), start);
            } else if (c == '[' || c == ']' || c == ',') {
                i++;
                token = new Token(c == '[' ? TokenKind.LBRACKET : c == ']' ? TokenKind.RBRACKET : TokenKind.COMMA, String.valueOf(c), start);
            } else {
                while (i < source.length() && "=!<>&|".indexOf(source.charAt(i)) >= 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
                }
                token = new Token(TokenKind.OPERATOR, source.substring(start, i), start);
            }
            LOG.trace("lexed token {}", token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenKind.EOF, "", source.length()));
        return tokens;
    }
}
