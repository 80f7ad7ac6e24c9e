package com.acme.flags.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for flag expressions such as {@code new-checkout && !(legacy-cart || kill-switch)}.
 */
public final class FlagExpressionLexer {

    public enum TokenType { IDENT, AND, OR, NOT, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(TokenType.LPAREN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(TokenType.RPAREN, ")", i++));
            } else if (c == '!') {
                tokens.add(new Token(TokenType.NOT, "!", i++));
            } else if (input.startsWith("&&", i)) {
                tokens.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (input.startsWith("||", i)) {
                tokens.add(new Token(TokenType.OR, "||", i));
                i += 2;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                int start = i;
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i))
                        || input.charAt(i) == '-' || input.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(TokenType.IDENT, input.substring(start, i), start));
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
        }
        tokens.add(new Token(TokenType.EOF, "", input.length()));
        return tokens;
    }
}
