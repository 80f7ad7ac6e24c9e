package com.acme.flagadmin.flags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes the admin search box's filter expressions, e.g. {@code active and key~checkout_*}.
 */
public class FlagExpressionLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagExpressionLexer.class);

    public enum Kind { IDENT, AND, OR, NOT, TILDE, EQ, LPAREN, RPAREN }

    public record Token(Kind kind, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token token;
            switch (c) {
                case '~' -> token = new Token(Kind.TILDE, "~", i++);
                case '=' -> token = new Token(Kind.EQ, "=", i++);
                case '(' -> token = new Token(Kind.LPAREN, "(", i++);
                case ')' -> token = new Token(Kind.RPAREN, ")", i++);
                default -> {
                    int start = i;
                    while (i < input.length() && !Character.isWhitespace(input.charAt(i))
                            && "~=()".indexOf(input.charAt(i)) < 0) {
                        i++;
                    }
                    String word = input.substring(start, i);
                    Kind kind = switch (word.toLowerCase()) {
                        case "and" -> Kind.AND;
                        case "or" -> Kind.OR;
                        case "not" -> Kind.NOT;
                        default -> Kind.IDENT;
                    };
                    token = new Token(kind, word, start);
                }
            }
            log.trace("lexed token {}", token);
            tokens.add(token);
        }
        return tokens;
    }
}
