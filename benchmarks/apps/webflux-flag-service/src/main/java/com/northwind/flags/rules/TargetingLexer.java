package com.northwind.flags.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes the small targeting language used for local overrides,
 * e.g. {@code country == "DE" && plan != "free"}.
 */
public class TargetingLexer {

    private static final Logger log = LoggerFactory.getLogger(TargetingLexer.class);

    public enum TokenKind { IDENT, STRING, EQ, NEQ, AND, OR, EOF }

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
            Token token;
            if (c == '"') {
                int end = source.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                token = new Token(TokenKind.STRING, source.substring(i + 1, end), i);
                i = end + 1;
            } else if (source.startsWith("==", i)) {
                token = new Token(TokenKind.EQ, "==", i);
                i += 2;
            } else if (source.startsWith("!=", i)) {
                token = new Token(TokenKind.NEQ, "!=", i);
                i += 2;
            } else if (source.startsWith("&&", i)) {
                token = new Token(TokenKind.AND, "&&", i);
                i += 2;
            } else if (source.startsWith("||", i)) {
                token = new Token(TokenKind.OR, "||", i);
                i += 2;
            } else {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
                }
                token = new Token(TokenKind.IDENT, source.substring(start, i), start);
            }
            log.trace("lexed token {}", token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenKind.EOF, "", source.length()));
        return tokens;
    }
}
