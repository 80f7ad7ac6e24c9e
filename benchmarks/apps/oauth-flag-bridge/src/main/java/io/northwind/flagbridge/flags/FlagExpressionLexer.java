package io.northwind.flagbridge.flags;

import io.northwind.flagbridge.posthog.PostHogApiClient.FeatureFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizer and tiny evaluator for the subscription filters console users type into the
 * flag stream, e.g. {@code key:checkout-* and active or key:pricing-experiment}.
 */
public final class FlagExpressionLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagExpressionLexer.class);

    public enum Kind { AND, OR, NOT, ACTIVE, KEY_PATTERN, END }

    public record Token(Kind kind, String text, int position) {
    }

    private final String input;
    private int pos;

    private FlagExpressionLexer(String input) {
        this.input = input == null ? "" : input.trim();
    }

    public static List<Token> tokenize(String expression) {
        FlagExpressionLexer lexer = new FlagExpressionLexer(expression);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            log.trace("lexed {} in filter '{}'", token, expression);
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    /** Compiles a filter; "and" binds tighter than "or". An empty filter matches everything. */
    public static Predicate<FeatureFlag> compile(String expression) {
        List<Token> tokens = tokenize(expression);
        Predicate<FeatureFlag> any = null;
        Predicate<FeatureFlag> all = null;
        boolean negate = false;
        for (Token token : tokens) {
            switch (token.kind()) {
                case NOT -> negate = !negate;
                case ACTIVE, KEY_PATTERN -> {
                    Predicate<FeatureFlag> term = term(token);
                    if (negate) {
                        term = term.negate();
                        negate = false;
                    }
                    all = all == null ? term : all.and(term);
                }
                case AND -> { }
                case OR, END -> {
                    if (all != null) {
                        any = any == null ? all : any.or(all);
                    }
                    all = null;
                }
            }
        }
        return any == null ? flag -> true : any;
    }

    private static Predicate<FeatureFlag> term(Token token) {
        if (token.kind() == Kind.ACTIVE) {
            return FeatureFlag::active;
        }
        String glob = token.text().substring("key:".length());
        Pattern pattern = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
        return flag -> flag.key() != null && pattern.matcher(flag.key()).matches();
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(Kind.END, "", pos);
        }
        int start = pos;
        while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        String word = input.substring(start, pos);
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and", "&&" -> new Token(Kind.AND, word, start);
            case "or", "||" -> new Token(Kind.OR, word, start);
            case "not", "!" -> new Token(Kind.NOT, word, start);
            case "active" -> new Token(Kind.ACTIVE, word, start);
            default -> {
                if (!word.startsWith("key:") || word.length() == 4) {
                    throw new IllegalArgumentException("Unexpected '" + word + "' at position " + start);
                }
                yield new Token(Kind.KEY_PATTERN, word, start);
            }
        };
    }
}
