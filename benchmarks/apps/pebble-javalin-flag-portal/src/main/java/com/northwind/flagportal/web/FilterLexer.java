package com.northwind.flagportal.web;

import com.northwind.flagportal.model.FlagView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lexer and tiny evaluator for the flag list search box, e.g. {@code enabled:true rollout>50 checkout}.
 */
public final class FilterLexer {

    public enum TokenType { WORD, COLON, GREATER, LESS }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
    }

    private FilterLexer() {
    }

    public static List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':') {
                tokens.add(new Token(TokenType.COLON, ":", i++));
            } else if (c == '>') {
                tokens.add(new Token(TokenType.GREATER, ">", i++));
            } else if (c == '<') {
                tokens.add(new Token(TokenType.LESS, "<", i++));
            } else {
                int start = i;
                while (i < input.length() && ":<> ".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(TokenType.WORD, input.substring(start, i).toLowerCase(Locale.ROOT), start));
            }
        }
        return tokens;
    }

    public static Predicate<FlagView> compile(List<Token> tokens) {
        Predicate<FlagView> result = flag -> true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() != TokenType.WORD) {
                continue;
            }
            boolean hasOperand = i + 2 < tokens.size() && tokens.get(i + 2).type() == TokenType.WORD;
            TokenType operator = i + 1 < tokens.size() ? tokens.get(i + 1).type() : null;
            if (hasOperand && operator == TokenType.COLON && token.text().equals("enabled")) {
                boolean wanted = Boolean.parseBoolean(tokens.get(i + 2).text());
                result = result.and(flag -> flag.enabled() == wanted);
                i += 2;
            } else if (hasOperand && token.text().equals("rollout") && operator != TokenType.COLON) {
                int bound = Integer.parseInt(tokens.get(i + 2).text());
                result = operator == TokenType.GREATER
                        ? result.and(flag -> flag.rolloutPercentage() > bound)
                        : result.and(flag -> flag.rolloutPercentage() < bound);
                i += 2;
            } else {
                String needle = token.text();
                result = result.and(flag -> flag.key().contains(needle) || flag.name().toLowerCase(Locale.ROOT).contains(needle));
            }
        }
        return result;
    }
}
