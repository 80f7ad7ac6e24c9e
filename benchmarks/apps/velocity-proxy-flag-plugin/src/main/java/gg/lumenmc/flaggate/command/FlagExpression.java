package gg.lumenmc.flaggate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tiny boolean language for /fgeval: {@code beta-lobby-access && !(chat-lockdown || proxy-maintenance)}.
 */
public final class FlagExpression {

    public enum TokenType { FLAG, AND, OR, NOT, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type == TokenType.FLAG ? "FLAG(" + text + ")" : type.name();
        }
    }

    private final List<Token> tokens;
    private final Predicate<String> flagLookup;
    private int cursor;

    private FlagExpression(List<Token> tokens, Predicate<String> flagLookup) {
        this.tokens = tokens;
        this.flagLookup = flagLookup;
    }

    public static List<Token> tokenize(String input) {
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
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '-' || input.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(TokenType.FLAG, input.substring(start, i), start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at column " + (i + 1));
            }
        }
        return tokens;
    }

    public static boolean evaluate(List<Token> tokens, Predicate<String> flagLookup) {
        FlagExpression parser = new FlagExpression(tokens, flagLookup);
        boolean value = parser.or();
        if (parser.cursor != tokens.size()) {
            throw new IllegalArgumentException("Unexpected " + tokens.get(parser.cursor) + " at column " + (tokens.get(parser.cursor).position() + 1));
        }
        return value;
    }

    private boolean or() {
        boolean value = and();
        while (accept(TokenType.OR)) {
            boolean right = and();
            value = value || right;
        }
        return value;
    }

    private boolean and() {
        boolean value = unary();
        while (accept(TokenType.AND)) {
            boolean right = unary();
            value = value && right;
        }
        return value;
    }

    private boolean unary() {
        if (accept(TokenType.NOT)) {
            return !unary();
        }
        if (accept(TokenType.LPAREN)) {
            boolean value = or();
            if (!accept(TokenType.RPAREN)) {
                throw new IllegalArgumentException("Missing ')'");
            }
            return value;
        }
        if (cursor < tokens.size() && tokens.get(cursor).type() == TokenType.FLAG) {
            return flagLookup.test(tokens.get(cursor++).text());
        }
        throw new IllegalArgumentException("Expected a flag key");
    }

    private boolean accept(TokenType type) {
        if (cursor < tokens.size() && tokens.get(cursor).type() == type) {
            cursor++;
            return true;
        }
        return false;
    }
}
