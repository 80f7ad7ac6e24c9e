package io.acme.flagctl;

import io.acme.posthog.admin.FeatureFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Tiny lexer/parser for {@code --where} expressions such as
 * {@code active = true and key ~ checkout}. Operators are applied left to right.
 */
final class FilterLexer {

    private static final Logger log = LoggerFactory.getLogger(FilterLexer.class);

    enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, MATCH, AND, OR, EOF }

    record Token(TokenType type, String text, int position) {
    }

    static final class SyntaxException extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private final String input;
    private int pos;

    private FilterLexer(String input) {
        this.input = input;
    }

    static Predicate<FeatureFlag> compile(String expression) {
        List<Token> tokens = new FilterLexer(expression).tokenize();
        log.debug("where-clause tokens: {}", tokens);
        return new Parser(tokens).parse();
    }

    List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        while (pos < input.length()) {
            char c = input.charAt(pos);
            int start = pos;
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '=') {
                pos++;
                out.add(new Token(TokenType.EQ, "=", start));
            } else if (c == '!' && peek('=')) {
                pos += 2;
                out.add(new Token(TokenType.NEQ, "!=", start));
            } else if (c == '~') {
                pos++;
                out.add(new Token(TokenType.MATCH, "~", start));
            } else if (c == '"' || c == '\'') {
                int end = input.indexOf(c, pos + 1);
                if (end < 0) {
                    throw new SyntaxException("unterminated string starting at column " + (start + 1));
                }
                out.add(new Token(TokenType.STRING, input.substring(pos + 1, end), start));
                pos = end + 1;
            } else if (Character.isDigit(c)) {
                while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                    pos++;
                }
                out.add(new Token(TokenType.NUMBER, input.substring(start, pos), start));
            } else if (Character.isLetter(c) || c == '_' || c == '-') {
                while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || "_-".indexOf(input.charAt(pos)) >= 0)) {
                    pos++;
                }
                String word = input.substring(start, pos);
                TokenType type = switch (word.toLowerCase(Locale.ROOT)) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    default -> TokenType.IDENT;
                };
                out.add(new Token(type, word, start));
            } else {
                throw new SyntaxException("unexpected character '" + c + "' at column " + (start + 1));
            }
        }
        out.add(new Token(TokenType.EOF, "", input.length()));
        return out;
    }

    private boolean peek(char expected) {
        return pos + 1 < input.length() && input.charAt(pos + 1) == expected;
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int i;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Predicate<FeatureFlag> parse() {
            Predicate<FeatureFlag> result = comparison();
            while (true) {
                Token token = tokens.get(i);
                switch (token.type()) {
                    case AND -> { i++; result = result.and(comparison()); }
                    case OR -> { i++; result = result.or(comparison()); }
                    case EOF -> { return result; }
                    default -> throw new SyntaxException("unexpected token '" + token.text() + "' at column " + (token.position() + 1));
                }
            }
        }

        private Predicate<FeatureFlag> comparison() {
            Token field = expect(TokenType.IDENT);
            Token op = tokens.get(i++);
            Token value = tokens.get(i++);
            String expected = value.text();
            return switch (op.type()) {
                case EQ -> flag -> field(flag, field).equalsIgnoreCase(expected);
                case NEQ -> flag -> !field(flag, field).equalsIgnoreCase(expected);
                case MATCH -> flag -> field(flag, field).toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
                default -> throw new SyntaxException("expected =, != or ~ after '" + field.text() + "' but found token " + op);
            };
        }

        private Token expect(TokenType type) {
            Token token = tokens.get(i++);
            if (token.type() != type) {
                throw new SyntaxException("expected " + type + " at column " + (token.position() + 1) + ", got '" + token.text() + "'");
            }
            return token;
        }

        private static String field(FeatureFlag flag, Token field) {
            return switch (field.text().toLowerCase(Locale.ROOT)) {
                case "key" -> flag.key();
                case "name" -> String.valueOf(flag.name());
                case "active" -> String.valueOf(flag.active());
                case "rollout" -> String.valueOf(flag.rolloutPercentage());
                case "id" -> String.valueOf(flag.id());
                default -> throw new SyntaxException("unknown field '" + field.text() + "'");
            };
        }
    }
}
