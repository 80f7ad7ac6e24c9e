package com.cobaltmill.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Lexer for the partner search box: {@code region:emea AND (tier:gold OR "key account")}.
 */
public final class PartnerQueryLexer {

    private static final Logger LOGGER = Logger.getLogger(PartnerQueryLexer.class.getName());

    public enum TokenType {
        WORD, QUOTED, COLON, AND, OR, NOT, LPAREN, RPAREN, EOF
    }

    public record Token(TokenType type, String text, int offset) {
    }

    private final String input;
    private int pos;

    public PartnerQueryLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = nextToken();
            LOGGER.finest("lexed token " + token);
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        int tokenCount = tokens.size();
        LOGGER.fine(() -> String.format("query of %d chars -> %d tokens", input.length(), tokenCount));
        return tokens;
    }

    private Token nextToken() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case ':' -> {
                pos++;
                return new Token(TokenType.COLON, ":", start);
            }
            case '(' -> {
                pos++;
                return new Token(TokenType.LPAREN, "(", start);
            }
            case ')' -> {
                pos++;
                return new Token(TokenType.RPAREN, ")", start);
            }
            case '"' -> {
                int end = input.indexOf('"', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated quote at offset " + start);
                }
                pos = end + 1;
                return new Token(TokenType.QUOTED, input.substring(start + 1, end), start);
            }
            default -> {
                while (pos < input.length() && !Character.isWhitespace(input.charAt(pos)) && ":()\"".indexOf(input.charAt(pos)) < 0) {
                    pos++;
                }
                String word = input.substring(start, pos);
                TokenType type = switch (word) {
                    case "AND" -> TokenType.AND;
                    case "OR" -> TokenType.OR;
                    case "NOT" -> TokenType.NOT;
                    default -> TokenType.WORD;
                };
                return new Token(type, word, start);
            }
        }
    }
}
