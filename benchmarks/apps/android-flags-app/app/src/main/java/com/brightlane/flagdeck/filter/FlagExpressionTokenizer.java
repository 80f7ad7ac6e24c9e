package com.brightlane.flagdeck.filter;

import android.util.Log;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the search box filter ("active && rollout>50 && key:checkout") into tokens
 * for the flag list.
 */
public final class FlagExpressionTokenizer {

    private static final String TAG = "FlagFilter";

    public enum TokenType { IDENT, NUMBER, OPERATOR, AND, OR, COLON }

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

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (input.startsWith("&&", i)) {
                tokens.add(new Token(TokenType.AND, "&&"));
                i += 2;
            } else if (input.startsWith("||", i)) {
                tokens.add(new Token(TokenType.OR, "||"));
                i += 2;
            } else if (c == ':') {
                tokens.add(new Token(TokenType.COLON, ":"));
                i++;
            } else if (c == '<' || c == '>' || c == '=') {
                tokens.add(new Token(TokenType.OPERATOR, String.valueOf(c)));
                i++;
            } else {
                int start = i;
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '-' || input.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    i++;
                    continue;
                }
                String word = input.substring(start, i);
                tokens.add(new Token(Character.isDigit(word.charAt(0)) ? TokenType.NUMBER : TokenType.IDENT, word));
            }
        }
        for (Token token : tokens) {
            Log.v(TAG, "token " + token);
        }
        return tokens;
    }
}
