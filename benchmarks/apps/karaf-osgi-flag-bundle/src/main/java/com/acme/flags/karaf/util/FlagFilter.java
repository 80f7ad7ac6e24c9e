package com.acme.flags.karaf.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny filter language for {@code flags:list --filter}: glob patterns joined with
 * {@code ,} (or) and {@code !} (not), e.g. {@code beta-*,!beta-legacy}.
 */
public final class FlagFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FlagFilter.class);

    enum TokenType { GLOB, NOT, COMMA, END }

    record Token(TokenType type, String text, int position) {
    }

    private FlagFilter() {
    }

    public static Predicate<String> parse(String expression) {
        List<Token> tokens = lex(expression);
        List<Predicate<String>> includes = new ArrayList<>();
        List<Predicate<String>> excludes = new ArrayList<>();
        boolean negate = false;
        for (Token token : tokens) {
            LOG.trace("filter token {}", token);
            switch (token.type()) {
                case NOT -> negate = true;
                case GLOB -> {
                    Predicate<String> p = glob(token.text());
                    (negate ? excludes : includes).add(p);
                    negate = false;
                }
                case COMMA, END -> negate = false;
            }
        }
        Predicate<String> included = includes.isEmpty() ? s -> true : includes.stream().reduce(s -> false, Predicate::or);
        Predicate<String> excluded = excludes.stream().reduce(s -> false, Predicate::or);
        return included.and(excluded.negate());
    }

    static List<Token> lex(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '!') {
                tokens.add(new Token(TokenType.NOT, "!", i++));
            } else if (c == ',') {
                tokens.add(new Token(TokenType.COMMA, ",", i++));
            } else {
                int start = i;
                while (i < input.length() && ",! ".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(TokenType.GLOB, input.substring(start, i), start));
            }
        }
        tokens.add(new Token(TokenType.END, "", input.length()));
        return tokens;
    }

    private static Predicate<String> glob(String pattern) {
        String regex = pattern.replace(".", "\\.").replace("*", ".*").replace("?", ".");
        return s -> s.matches(regex);
    }
}
