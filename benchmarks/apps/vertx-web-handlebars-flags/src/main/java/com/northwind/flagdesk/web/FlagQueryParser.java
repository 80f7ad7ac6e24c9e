package com.northwind.flagdesk.web;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexer and parser for the dashboard search box, e.g. {@code checkout active:true rollout>50}.
 */
final class FlagQueryParser {

    private static final Logger LOG = LoggerFactory.getLogger(FlagQueryParser.class);

    enum TokenType { WORD, NUMBER, COLON, GT, LT, END }

    record Token(TokenType type, String text, int position) {
    }

    record Filter(String field, char op, String value) {

        boolean test(JsonObject flag) {
            switch (field) {
                case "active":
                    return flag.getBoolean("active", false) == Boolean.parseBoolean(value);
                case "rollout": {
                    int rollout = flag.getInteger("rollout_percentage", 100);
                    int wanted = Integer.parseInt(value);
                    return op == '>' ? rollout > wanted : op == '<' ? rollout < wanted : rollout == wanted;
                }
                case "*":
                    return flag.getString("key", "").toLowerCase(Locale.ROOT).contains(value)
                            || flag.getString("name", "").toLowerCase(Locale.ROOT).contains(value);
                default:
                    return true;
            }
        }
    }

    private FlagQueryParser() {
    }

    static List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':' || c == '>' || c == '<') {
                TokenType type = c == ':' ? TokenType.COLON : c == '>' ? TokenType.GT : TokenType.LT;
                tokens.add(new Token(type, String.valueOf(c), i++));
            } else {
                int start = i;
                while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && ":<>".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                String text = input.substring(start, i);
                TokenType type = text.chars().allMatch(Character::isDigit) ? TokenType.NUMBER : TokenType.WORD;
                tokens.add(new Token(type, text.toLowerCase(Locale.ROOT), start));
            }
        }
        tokens.add(new Token(TokenType.END, "", input.length()));
        return tokens;
    }

    static List<Filter> parse(String query) {
        List<Filter> filters = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return filters;
        }
        List<Token> tokens = tokenize(query);
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token token = tokens.get(i);
            LOG.trace("search token {} '{}' at {}", token.type(), token.text(), token.position());
            Token next = tokens.get(i + 1);
            boolean isOperator = next.type() == TokenType.COLON || next.type() == TokenType.GT || next.type() == TokenType.LT;
            if (token.type() == TokenType.WORD && isOperator && i + 2 < tokens.size()) {
                filters.add(new Filter(token.text(), next.text().charAt(0), tokens.get(i + 2).text()));
                i += 2;
            } else {
                filters.add(new Filter("*", ':', token.text()));
            }
        }
        return filters;
    }
}
