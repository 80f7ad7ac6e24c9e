package com.northwind.flagdesk.filter;

import com.northwind.flagdesk.db.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses the search box syntax of the integrations page: {@code name:checkout project:48213}. */
public final class FlagFilterParser {

    private static final Logger LOG = LoggerFactory.getLogger(FlagFilterParser.class);

    enum TokenType { FIELD, COLON, VALUE, END }

    record Token(TokenType type, String text, int position) { }

    private final List<Token> tokens;
    private int cursor;

    private FlagFilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Predicate<Integration> parse(String query) {
        if (query == null || query.isBlank()) {
            return integration -> true;
        }
        return new FlagFilterParser(tokenize(query)).parseTerms();
    }

    private Predicate<Integration> parseTerms() {
        Predicate<Integration> result = integration -> true;
        Token token = tokens.get(cursor);
        while (token.type() != TokenType.END) {
            if (token.type() != TokenType.FIELD || tokens.get(cursor + 1).type() != TokenType.COLON) {
                LOG.debug("Unexpected token {} at position {}, ignoring rest of filter", token, token.position());
                break;
            }
            String field = token.text().toLowerCase(Locale.ROOT);
            String value = tokens.get(cursor + 2).text().toLowerCase(Locale.ROOT);
            result = result.and(term(field, value));
            cursor += 3;
            token = tokens.get(cursor);
        }
        return result;
    }

    private static Predicate<Integration> term(String field, String value) {
        return switch (field) {
            case "name" -> i -> i.name().toLowerCase(Locale.ROOT).contains(value);
            case "project" -> i -> i.projectId().equals(value);
            case "owner" -> i -> i.createdBy().toLowerCase(Locale.ROOT).equals(value);
            default -> i -> true;
        };
    }

    private static List<Token> tokenize(String query) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean expectValue = false;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':') {
                out.add(new Token(TokenType.COLON, ":", i++));
                expectValue = true;
            } else {
                int start = i;
                while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && query.charAt(i) != ':') {
                    i++;
                }
                out.add(new Token(expectValue ? TokenType.VALUE : TokenType.FIELD, query.substring(start, i), start));
                expectValue = false;
            }
        }
        out.add(new Token(TokenType.END, "", query.length()));
        out.add(new Token(TokenType.END, "", query.length()));
        out.add(new Token(TokenType.END, "", query.length()));
        return out;
    }
}
