package com.northwind.flags.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the small override language stored in flag_overrides, e.g.
 * {@code country == "DE" && plan in ["pro", "team"]}.
 */
public final class FlagRuleLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String source;
    private int pos;

    public FlagRuleLexer(String source) {
        this.source = source;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = nextToken();
            log.trace("lexed token {} at {}", token, token.position());
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return tokens;
    }

    private Token nextToken() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
        if (pos >= source.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = source.charAt(pos);
        if (c == '"') {
            int end = source.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("Unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, source.substring(start + 1, end), start);
        }
        if (Character.isDigit(c)) {
            while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.NUMBER, source.substring(start, pos), start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(TokenType.IDENT, source.substring(start, pos), start);
        }
        pos++;
        return switch (c) {
            case '[' -> new Token(TokenType.LBRACKET, "[", start);
            case ']' -> new Token(TokenType.RBRACKET, "]", start);
            case ',' -> new Token(TokenType.COMMA, ",", start);
            case '=', '!', '<', '>', '&', '|' -> {
                if (pos < source.length() && "=&|".indexOf(source.charAt(pos)) >= 0) {
                    pos++;
                }
                yield new Token(TokenType.OPERATOR, source.substring(start, pos), start);
            }
            default -> throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
        };
    }
}
