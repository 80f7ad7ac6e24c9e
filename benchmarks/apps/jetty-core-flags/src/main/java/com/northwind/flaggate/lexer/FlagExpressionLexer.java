package com.northwind.flaggate.lexer;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the targeting expressions of preview links ({@code plan == "pro" && country != "DE"})
 * into tokens.
 */
public final class FlagExpressionLexer {

    private static final Logger LOG = LoggerFactory.getLogger(FlagExpressionLexer.class);

    public enum TokenType { IDENT, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int offset) {
    }

    public List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token token;
            if (c == '"') {
                int end = source.indexOf('"', i + 1);
                token = new Token(TokenType.STRING, source.substring(i + 1, end), i);
                i = end + 1;
            } else if (c == '(' || c == ')') {
                token = new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), i);
                i++;
            } else if (source.startsWith("&&", i) || source.startsWith("||", i)) {
                token = new Token(c == '&' ? TokenType.AND : TokenType.OR, source.substring(i, i + 2), i);
                i += 2;
            } else if (source.startsWith("==", i) || source.startsWith("!=", i)) {
                token = new Token(TokenType.OPERATOR, source.substring(i, i + 2), i);
                i += 2;
            } else {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
                }
                token = new Token(TokenType.IDENT, source.substring(start, i), start);
            }
            LOG.trace("lexed token {}", token);
            tokens.add(token);
        }
        return tokens;
    }
}
