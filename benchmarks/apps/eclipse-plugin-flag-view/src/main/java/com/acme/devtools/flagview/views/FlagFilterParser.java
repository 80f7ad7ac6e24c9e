package com.acme.devtools.flagview.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.api.FeatureFlag;

/**
 * Parses the filter box of the view: {@code active:true key:checkout* rollout>50 owner:jane}.
 * Terms are AND-ed; a bare word matches key or name.
 */
public final class FlagFilterParser {

    enum TokenKind { WORD, COLON, GREATER, LESS, EOF }

    record Token(TokenKind kind, String text, int offset) {
    }

    private final String input;
    private int pos;

    private FlagFilterParser(String input) {
        this.input = input;
    }

    public static Predicate<FeatureFlag> parse(String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return flag -> true;
        }
        return new FlagFilterParser(filterText.trim()).parseAll();
    }

    private Predicate<FeatureFlag> parseAll() {
        List<Token> tokens = tokenize();
        Predicate<FeatureFlag> result = flag -> true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.EOF) {
                break;
            }
            if (token.kind() != TokenKind.WORD) {
                FlagViewPlugin.log().warn("Ignoring unexpected filter token " + token + " in '" + input + "'");
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.kind() == TokenKind.WORD || next.kind() == TokenKind.EOF) {
                result = result.and(matchesText(token.text()));
                continue;
            }
            Token value = tokens.get(Math.min(i + 2, tokens.size() - 1));
            result = result.and(term(token.text(), next.kind(), value.text()));
            i += 2;
        }
        return result;
    }

    private List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == ':') {
                tokens.add(new Token(TokenKind.COLON, ":", pos++));
            } else if (c == '>') {
                tokens.add(new Token(TokenKind.GREATER, ">", pos++));
            } else if (c == '<') {
                tokens.add(new Token(TokenKind.LESS, "<", pos++));
            } else {
                int start = pos;
                while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))
                        && ":<>".indexOf(input.charAt(pos)) < 0) {
                    pos++;
                }
                tokens.add(new Token(TokenKind.WORD, input.substring(start, pos), start));
            }
        }
        tokens.add(new Token(TokenKind.EOF, "", input.length()));
        return tokens;
    }

    private static Predicate<FeatureFlag> matchesText(String word) {
        String needle = word.toLowerCase(Locale.ROOT).replace("*", "");
        return flag -> flag.key().toLowerCase(Locale.ROOT).contains(needle)
                || flag.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Predicate<FeatureFlag> term(String field, TokenKind operator, String value) {
        switch (field.toLowerCase(Locale.ROOT)) {
            case "active":
                return flag -> flag.active() == Boolean.parseBoolean(value);
            case "key":
                return matchesText(value);
            case "owner":
                return flag -> flag.createdBy() != null && flag.createdBy().startsWith(value);
            case "rollout":
                int threshold = parseIntOrZero(value);
                return flag -> {
                    int rollout = flag.rolloutPercentage() == null ? 100 : flag.rolloutPercentage();
                    return operator == TokenKind.LESS ? rollout < threshold : rollout > threshold;
                };
            default:
                return matchesText(value);
        }
    }

    private static int parseIntOrZero(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
