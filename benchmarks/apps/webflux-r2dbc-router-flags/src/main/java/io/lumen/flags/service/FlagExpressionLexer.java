package io.lumen.flags.service;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lexer for the targeting expressions product managers type into the admin console, e.g.
 * {@code plan == "pro" && (seats >= 10 || beta)}.
 */
@Component
public class FlagExpressionLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagExpressionLexer.class);

    public enum TokenType { IDENTIFIER, STRING, NUMBER, OPERATOR, AND, OR, NOT, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (Character.isLetter(c) || c == '_' || c == '$') {
                while (i < expression.length() && isIdentifierPart(expression.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.IDENTIFIER, expression.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(start, i), start);
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string starting at " + start);
                }
                token = new Token(TokenType.STRING, expression.substring(i + 1, end), start);
                i = end + 1;
            } else if (expression.startsWith("&&", i)) {
                token = new Token(TokenType.AND, "&&", start);
                i += 2;
            } else if (expression.startsWith("||", i)) {
                token = new Token(TokenType.OR, "||", start);
                i += 2;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)
                    || expression.startsWith(">=", i) || expression.startsWith("<=", i)) {
                token = new Token(TokenType.OPERATOR, expression.substring(i, i + 2), start);
                i += 2;
            } else if (c == '>' || c == '<') {
                token = new Token(TokenType.OPERATOR, String.valueOf(c), start);
                i++;
            } else if (c == '!') {
                token = new Token(TokenType.NOT, "!", start);
                i++;
            } else if (c == '(' || c == ')') {
                token = new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), start);
                i++;
            } else {
                throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
            }
            log.trace("token {} '{}' at {}", token.type(), token.text(), token.position());
            tokens.add(token);
        }
        log.debug("Lexed {} tokens", tokens.size());
        return tokens;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
    }
}
