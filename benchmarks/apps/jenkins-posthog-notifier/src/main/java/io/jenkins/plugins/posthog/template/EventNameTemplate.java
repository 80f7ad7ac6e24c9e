package io.jenkins.plugins.posthog.template;

import hudson.EnvVars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expands {@code ${VAR}} references in event names against the build environment.
 */
public final class EventNameTemplate {

    private static final Logger LOGGER = Logger.getLogger(EventNameTemplate.class.getName());

    private final String source;
    private final List<TemplateToken> tokens;

    private EventNameTemplate(String source, List<TemplateToken> tokens) {
        this.source = source;
        this.tokens = Collections.unmodifiableList(tokens);
    }

    public static EventNameTemplate parse(String source) {
        List<TemplateToken> tokens = new ArrayList<>();
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                int end = source.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed ${ at position " + i + " in event name");
                }
                if (literal.length() > 0) {
                    tokens.add(new TemplateToken(TemplateToken.Kind.LITERAL, literal.toString(), i - literal.length()));
                    literal.setLength(0);
                }
                tokens.add(new TemplateToken(TemplateToken.Kind.VARIABLE, source.substring(i + 2, end), i));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            tokens.add(new TemplateToken(TemplateToken.Kind.LITERAL, literal.toString(), source.length() - literal.length()));
        }
        return new EventNameTemplate(source, tokens);
    }

    public String expand(EnvVars env) {
        StringBuilder out = new StringBuilder();
        for (TemplateToken token : tokens) {
            if (LOGGER.isLoggable(Level.FINEST)) {
                LOGGER.finest("Expanding template token " + token);
            }
            if (token.getKind() == TemplateToken.Kind.VARIABLE) {
                out.append(env.getOrDefault(token.getText(), ""));
            } else {
                out.append(token.getText());
            }
        }
        return out.toString().trim();
    }

    public String getSource() {
        return source;
    }

    public int getTokenCount() {
        return tokens.size();
    }
}
