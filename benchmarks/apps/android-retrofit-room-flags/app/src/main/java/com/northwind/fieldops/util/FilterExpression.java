package com.northwind.fieldops.util;

import android.util.Log;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for the targeting expressions shown on the diagnostics screen,
 * e.g. {@code region == "north" && app_version >= 4.12}.
 */
public final class FilterExpression {

    private static final String TAG = "FilterExpression";

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, AND, OR, EOF }

    public static final class Token {
        public final TokenType type;
        public final String text;

        Token(TokenType type, String text) {
            this.type = type;
            this.text = text;
        }

        @Override
        public String toString() {
            return type + "(" + text + ")";
        }
    }

    private FilterExpression() {
    }

    public static List<Token> tokenize(String source) {
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
            if (Character.isLetter(c) || c == '_') {
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                token = new Token(TokenType.IDENT, source.substring(start, i));
            } else if (Character.isDigit(c)) {
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, source.substring(start, i));
            } else if (c == '"') {
                i++;
                while (i < source.length() && source.charAt(i) != '"') {
                    i++;
                }
                token = new Token(TokenType.STRING, source.substring(start + 1, i));
                i++;
            } else if (source.startsWith("&&", i)) {
                i += 2;
                token = new Token(TokenType.AND, "&&");
            } else if (source.startsWith("||", i)) {
                i += 2;
                token = new Token(TokenType.OR, "||");
            } else {
                while (i < source.length() && "=!<>".indexOf(source.charAt(i)) >= 0) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                token = new Token(TokenType.OPERATOR, source.substring(start, i));
            }
            Log.v(TAG, "lexed token " + token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, ""));
        return tokens;
    }
}
