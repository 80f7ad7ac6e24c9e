package dev.flagscope.intellij.toolwindow;

import com.intellij.openapi.util.io.StreamUtil;
import com.intellij.openapi.util.text.StringUtil;
import dev.flagscope.intellij.util.FlagScopeBuildInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Produces the shell page of the tool window. The page itself is static; flag data is pushed in
 * later through {@code window.FlagScope.boot(..)}.
 */
final class FlagHtmlRenderer {

    private static final String TEMPLATE = "/web/flags.html";

    private FlagHtmlRenderer() {
    }

    static String render(boolean dark) {
        String template = load();
        return template
                .replace("{{theme}}", dark ? "dark" : "light")
                .replace("{{analyticsToken}}", StringUtil.escapeStringCharacters(FlagScopeBuildInfo.TELEMETRY_PROJECT_KEY))
                .replace("{{analyticsHost}}", FlagScopeBuildInfo.TELEMETRY_HOST);
    }

    private static String load() {
        try (InputStream in = FlagHtmlRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + TEMPLATE);
            }
            return StreamUtil.readText(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
