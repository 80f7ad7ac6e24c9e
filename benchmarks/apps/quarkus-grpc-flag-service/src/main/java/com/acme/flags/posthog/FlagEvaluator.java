package com.acme.flags.posthog;

import com.acme.flags.expr.FlagExpressionLexer;
import com.acme.flags.expr.FlagExpressionLexer.Token;
import com.acme.flags.expr.FlagExpressionLexer.TokenType;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Evaluates single flags and flag expressions against the locally evaluating PostHog client.
 */
@ApplicationScoped
public class FlagEvaluator {

    private static final Logger LOG = Logger.getLogger(FlagEvaluator.class);

    private final PostHogInterface posthog;
    private final FlagExpressionLexer lexer = new FlagExpressionLexer();

    FlagEvaluator(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public Evaluation evaluate(String distinctId, String flagKey) {
        Object value = posthog.getFeatureFlag(distinctId, flagKey, false);
        if (value instanceof String variant) {
            return new Evaluation(flagKey, true, variant);
        }
        return new Evaluation(flagKey, Boolean.TRUE.equals(value), "");
    }

    public boolean evaluateExpression(String distinctId, String expression) {
        List<Token> tokens = lexer.tokenize(expression);
        int tokenCount = tokens.size();
        LOG.debugf("Parsed %d tokens for %s, first token %s", tokenCount, distinctId, tokens.get(0));
        Parser parser = new Parser(distinctId, tokens);
        boolean result = parser.orExpr();
        if (parser.peek().type() != TokenType.EOF) {
            throw new IllegalArgumentException("trailing input at " + parser.peek().position());
        }
        return result;
    }

    public record Evaluation(String flagKey, boolean enabled, String variant) {
    }

    /** Recursive-descent parser: or := and ('||' and)*; and := unary ('&&' unary)*. */
    private final class Parser {
        private final String distinctId;
        private final List<Token> tokens;
        private int pos;

        Parser(String distinctId, List<Token> tokens) {
            this.distinctId = distinctId;
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(pos);
        }

        boolean orExpr() {
            boolean value = andExpr();
            while (peek().type() == TokenType.OR) {
                pos++;
                value = andExpr() || value;
            }
            return value;
        }

        boolean andExpr() {
            boolean value = unary();
            while (peek().type() == TokenType.AND) {
                pos++;
                value = unary() && value;
            }
            return value;
        }

        boolean unary() {
            Token token = tokens.get(pos++);
            switch (token.type()) {
                case NOT:
                    return !unary();
                case LPAREN:
                    boolean inner = orExpr();
                    if (tokens.get(pos++).type() != TokenType.RPAREN) {
                        throw new IllegalArgumentException("missing ')' after " + token.position());
                    }
                    return inner;
                case IDENT:
                    return posthog.isFeatureEnabled(distinctId, token.text(), false);
                default:
                    throw new IllegalArgumentException("unexpected " + token);
            }
        }
    }
}
