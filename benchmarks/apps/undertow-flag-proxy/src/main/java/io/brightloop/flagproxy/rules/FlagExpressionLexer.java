package io.brightloop.flagproxy.rules;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Splits local override rules such as {@code plan == "pro" && country != "DE"} into tokens. */
public final class FlagExpressionLexer {

    private static final Logger LOG = Logger.getLogger(FlagExpressionLexer.class);

    public enum Kind { IDENT, STRING, OPERATOR, AND, OR }

    public record Token(Kind kind, String text, int position) {
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
            Token token;
            if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                token = new Token(Kind.STRING, expression.substring(i + 1, end), i);
                i = end + 1;
            } else if (expression.startsWith("&&", i)) {
                token = new Token(Kind.AND, "&&", i);
                i += 2;
            } else if (expression.startsWith("||", i)) {
                token = new Token(Kind.OR, "||", i);
                i += 2;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
                token = new Token(Kind.OPERATOR, expression.substring(i, i + 2), i);
                i += 2;
            } else {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
                }
                token = new Token(Kind.IDENT, expression.substring(start, i), start);
            }
            LOG.tracef("Lexed token %s", token);
            tokens.add(token);
        }
        return tokens;
    }
}
