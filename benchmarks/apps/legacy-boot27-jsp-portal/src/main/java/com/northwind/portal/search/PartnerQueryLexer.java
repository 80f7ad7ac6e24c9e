package com.northwind.portal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for the dashboard search box: {@code region:emea status:active "acme gmbh"}.
 */
public class PartnerQueryLexer {

    public enum TokenType { FIELD, COLON, WORD, QUOTED, EOF }

    public static final class Token {
        private final TokenType type;
        private final String text;
        private final int position;

        Token(TokenType type, String text, int position) {
            this.type = type;
            this.text = text;
            this.position = position;
        }

        public TokenType getType() {
            return type;
        }

        public String getText() {
            return text;
        }

        public int getPosition() {
            return position;
        }

        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
    }

    private final String input;
    private int pos;

    public PartnerQueryLexer(String input) {
        this.input = input == null ? "" : input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == ':') {
                tokens.add(new Token(TokenType.COLON, ":", pos++));
            } else if (c == '"') {
                int start = ++pos;
                while (pos < input.length() && input.charAt(pos) != '"') {
                    pos++;
                }
                tokens.add(new Token(TokenType.QUOTED, input.substring(start, pos), start - 1));
                pos++;
            } else {
                int start = pos;
                while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))
                        && input.charAt(pos) != ':' && input.charAt(pos) != '"') {
                    pos++;
                }
                boolean isField = pos < input.length() && input.charAt(pos) == ':';
                tokens.add(new Token(isField ? TokenType.FIELD : TokenType.WORD, input.substring(start, pos), start));
            }
        }
        tokens.add(new Token(TokenType.EOF, "", pos));
        return tokens;
    }
}
