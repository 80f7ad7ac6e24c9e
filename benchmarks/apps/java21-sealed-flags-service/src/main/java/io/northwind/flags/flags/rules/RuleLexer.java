package io.northwind.flags.flags.rules;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexer for the small targeting-rule language the admin UI validates before
 * pushing a rule to PostHog, e.g. {@code country == "DE" and plan != "free"}.
 */
public final class RuleLexer {

    public enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, NOT, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private static final Logger log = LoggerFactory.getLogger(RuleLexer.class);

    public List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), i++));
            } else if ((c == '=' || c == '!') && i + 1 < source.length() && source.charAt(i + 1) == '=') {
                tokens.add(new Token(c == '=' ? TokenType.EQ : TokenType.NEQ, source.substring(i, i + 2), i));
                i += 2;
            } else if (c == '"') {
                int end = source.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated string at " + i);
                }
                tokens.add(new Token(TokenType.STRING, source.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < source.length() && Character.isDigit(source.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, source.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                String word = source.substring(start, i);
                TokenType type = switch (word) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    case "not" -> TokenType.NOT;
                    default -> TokenType.IDENT;
                };
                tokens.add(new Token(type, word, start));
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' at " + i);
            }
        }
        Token eof = new Token(TokenType.EOF, "", source.length());
        tokens.add(eof);
        log.trace("lexed {} tokens, last token {}", tokens.size(), eof);
        return tokens;
    }
}
