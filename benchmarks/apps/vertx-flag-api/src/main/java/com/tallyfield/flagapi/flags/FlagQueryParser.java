package com.tallyfield.flagapi.flags;

import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses the small search language accepted by {@code GET /api/flags?q=...} into a predicate over
 * PostHog flag definitions. Supports {@code key:}, {@code name:}, {@code rollout} comparisons,
 * {@code AND}/{@code OR}/{@code NOT} and parentheses.
 */
public class FlagQueryParser {

    private static final Logger log = LoggerFactory.getLogger(FlagQueryParser.class);

    private final List<QueryToken> tokens;
    private int cursor;

    private FlagQueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    public static Predicate<JsonObject> parse(String query) {
        if (query == null || query.isBlank()) {
            return flag -> true;
        }
        FlagQueryParser parser = new FlagQueryParser(tokenize(query));
        Predicate<JsonObject> predicate = parser.orExpr();
        parser.expect(QueryToken.Kind.EOF);
        return predicate;
    }

    static List<QueryToken> tokenize(String input) {
        List<QueryToken> out = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':') {
                out.add(new QueryToken(QueryToken.Kind.COLON, ":", i++));
            } else if (c == '(') {
                out.add(new QueryToken(QueryToken.Kind.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new QueryToken(QueryToken.Kind.RPAREN, ")", i++));
            } else if (c == '<' || c == '>' || c == '=') {
                int start = i;
                while (i < input.length() && "<>=".indexOf(input.charAt(i)) >= 0) {
                    i++;
                }
                out.add(new QueryToken(QueryToken.Kind.COMPARATOR, input.substring(start, i), start));
            } else {
                int start = i;
                while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && ":()<>=".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                out.add(word(input.substring(start, i), start));
            }
        }
        out.add(new QueryToken(QueryToken.Kind.EOF, "", input.length()));
        return out;
    }

    private static QueryToken word(String text, int position) {
        return switch (text.toUpperCase()) {
            case "AND" -> new QueryToken(QueryToken.Kind.AND, text, position);
            case "OR" -> new QueryToken(QueryToken.Kind.OR, text, position);
            case "NOT" -> new QueryToken(QueryToken.Kind.NOT, text, position);
            default -> {
                if (text.chars().allMatch(Character::isDigit)) {
                    yield new QueryToken(QueryToken.Kind.NUMBER, text, position);
                }
                yield new QueryToken(text.contains("*") ? QueryToken.Kind.WILDCARD_TEXT : QueryToken.Kind.IDENT, text, position);
            }
        };
    }

    private Predicate<JsonObject> orExpr() {
        Predicate<JsonObject> left = andExpr();
        while (peek().is(QueryToken.Kind.OR)) {
            next();
            left = left.or(andExpr());
        }
        return left;
    }

    private Predicate<JsonObject> andExpr() {
        Predicate<JsonObject> left = unary();
        while (peek().is(QueryToken.Kind.AND)) {
            next();
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<JsonObject> unary() {
        if (peek().is(QueryToken.Kind.NOT)) {
            next();
            return unary().negate();
        }
        if (peek().is(QueryToken.Kind.LPAREN)) {
            next();
            Predicate<JsonObject> inner = orExpr();
            expect(QueryToken.Kind.RPAREN);
            return inner;
        }
        return comparison();
    }

    private Predicate<JsonObject> comparison() {
        QueryToken field = expect(QueryToken.Kind.IDENT);
        if (peek().is(QueryToken.Kind.COLON)) {
            next();
            QueryToken value = next();
            Pattern pattern = Pattern.compile(Pattern.quote(value.text()).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE);
            return flag -> pattern.matcher(flag.getString(field.text(), "")).matches();
        }
        QueryToken op = expect(QueryToken.Kind.COMPARATOR);
        int threshold = Integer.parseInt(expect(QueryToken.Kind.NUMBER).text());
        return flag -> compare(rolloutOf(flag), op.text(), threshold);
    }

    private static int rolloutOf(JsonObject flag) {
        JsonObject filters = flag.getJsonObject("filters", new JsonObject());
        return filters.getJsonArray("groups", new io.vertx.core.json.JsonArray()).stream()
                .map(JsonObject.class::cast)
                .mapToInt(g -> g.getInteger("rollout_percentage", 100))
                .max()
                .orElse(0);
    }

    private static boolean compare(int actual, String op, int expected) {
        return switch (op) {
            case ">" -> actual > expected;
            case ">=" -> actual >= expected;
            case "<" -> actual < expected;
            case "<=" -> actual <= expected;
            case "=", "==" -> actual == expected;
            default -> throw new IllegalArgumentException("Unknown comparator " + op);
        };
    }

    private QueryToken peek() {
        return tokens.get(cursor);
    }

    private QueryToken next() {
        QueryToken token = tokens.get(cursor++);
        log.trace("consumed token {}", token);
        return token;
    }

    private QueryToken expect(QueryToken.Kind kind) {
        QueryToken token = peek();
        if (!token.is(kind)) {
            throw new IllegalArgumentException("Expected " + kind + " at position " + token.position() + " but found " + token);
        }
        return next();
    }
}
