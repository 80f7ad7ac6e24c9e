package dev.flagsync.expr;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

import dev.flagsync.http.ApiModels.FeatureFlag;

/**
 * Lexer and recursive-descent parser for {@code --filter} expressions such as
 * {@code tag:beta and active and not key:legacy-*}.
 */
public final class FlagFilterLexer {

    private static final Logger LOG = Logger.getLogger(FlagFilterLexer.class.getName());

    public enum TokenType { WORD, COLON, AND, OR, NOT, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private FlagFilterLexer() {
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
            } else if (c == '(') {
                tokens.add(new Token(TokenType.LPAREN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(TokenType.RPAREN, ")", i++));
            } else {
                int start = i;
                while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && ":()".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                String word = input.substring(start, i);
                TokenType type = switch (word.toLowerCase()) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    case "not" -> TokenType.NOT;
                    default -> TokenType.WORD;
                };
                tokens.add(new Token(type, word, start));
            }
        }
        tokens.add(new Token(TokenType.EOF, "", input.length()));
        return tokens;
    }

    public static Predicate<FeatureFlag> compile(String expression) {
        return new Parser(tokenize(expression)).parse();
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Predicate<FeatureFlag> parse() {
            Predicate<FeatureFlag> result = or();
            expect(TokenType.EOF);
            return result;
        }

        private Predicate<FeatureFlag> or() {
            Predicate<FeatureFlag> left = and();
            while (peek().type() == TokenType.OR) {
                pos++;
                left = left.or(and());
            }
            return left;
        }

        private Predicate<FeatureFlag> and() {
            Predicate<FeatureFlag> left = unary();
            while (peek().type() == TokenType.AND) {
                pos++;
                left = left.and(unary());
            }
            return left;
        }

        private Predicate<FeatureFlag> unary() {
            Token token = tokens.get(pos++);
            LOG.finest("filter parser at token " + token);
            switch (token.type()) {
                case NOT:
                    return unary().negate();
                case LPAREN: {
                    Predicate<FeatureFlag> inner = or();
                    expect(TokenType.RPAREN);
                    return inner;
                }
                case WORD:
                    return term(token);
                default:
                    throw new IllegalArgumentException("Unexpected '" + token.text() + "' at column " + token.position());
            }
        }

        private Predicate<FeatureFlag> term(Token word) {
            if (peek().type() != TokenType.COLON) {
                if ("active".equalsIgnoreCase(word.text())) {
                    return FeatureFlag::active;
                }
                throw new IllegalArgumentException("Unknown filter '" + word.text() + "'");
            }
            pos++;
            String value = expect(TokenType.WORD).text();
            return switch (word.text()) {
                case "tag" -> flag -> flag.tags() != null && flag.tags().contains(value);
                case "key" -> {
                    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + value);
                    yield flag -> glob.matches(Path.of(flag.key()));
                }
                default -> throw new IllegalArgumentException("Unknown filter field '" + word.text() + "'");
            };
        }

        private Token peek() {
            return tokens.get(pos);
        }

        private Token expect(TokenType type) {
            Token token = tokens.get(pos++);
            if (token.type() != type) {
                throw new IllegalArgumentException("Expected " + type + " at column " + token.position() + " but found '" + token.text() + "'");
            }
            return token;
        }
    }
}
