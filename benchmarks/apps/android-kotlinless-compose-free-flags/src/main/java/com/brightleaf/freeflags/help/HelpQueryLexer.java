package com.brightleaf.freeflags.help;

import android.util.Log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tiny lexer for the help screen's search box: words, "quoted phrases" and -exclusions. */
public final class HelpQueryLexer {

    private static final String TAG = "HelpQueryLexer";

    public enum Kind { WORD, PHRASE, EXCLUDE }

    public static final class Token {
        public final Kind kind;
        public final String text;

        Token(Kind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        @Override
        public String toString() {
            return kind + "(" + text + ")";
        }
    }

    private HelpQueryLexer() {
    }

    public static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        String input = query.trim().toLowerCase(Locale.ROOT);
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    end = input.length();
                }
                tokens.add(new Token(Kind.PHRASE, input.substring(i + 1, end)));
                i = end + 1;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                    end++;
                }
                String word = input.substring(i, end);
                tokens.add(word.startsWith("-") && word.length() > 1
                        ? new Token(Kind.EXCLUDE, word.substring(1))
                        : new Token(Kind.WORD, word));
                i = end;
            }
        }
        for (Token token : tokens) {
            Log.v(TAG, "token " + token);
        }
        return tokens;
    }
}
