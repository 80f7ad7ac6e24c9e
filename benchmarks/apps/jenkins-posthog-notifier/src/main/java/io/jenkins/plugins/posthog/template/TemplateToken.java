package io.jenkins.plugins.posthog.template;

/**
 * A lexical token of an event-name template such as {@code "deploy ${JOB_NAME} ${RESULT}"}.
 */
public final class TemplateToken {

    public enum Kind {
        LITERAL,
        VARIABLE
    }

    private final Kind kind;
    private final String text;
    private final int position;

    TemplateToken(Kind kind, String text, int position) {
        this.kind = kind;
        this.text = text;
        this.position = position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + position;
    }
}
