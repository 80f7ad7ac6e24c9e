package com.larkspurfreight.flagsvc.http;

import com.larkspurfreight.flagsvc.config.PostHogSettings;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders templates/index.html, the entry page of the shipment console.
 */
public final class PageRenderer {

    private final PostHogSettings settings;
    private final String indexTemplate;

    public PageRenderer(PostHogSettings settings) {
        this.settings = settings;
        this.indexTemplate = load("/templates/index.html");
    }

    public ResponseEntity index() {
        String html = indexTemplate
                .replace("__PH_PROJECT_KEY__", settings.getProjectApiKey())
                .replace("__PH_HOST__", settings.getHost())
                .replace("__PH_FLAGS_KEY__", settings.getFlagsSecureKey());
        return HttpEntities.create(ContentTypes.TEXT_HTML_UTF8, html);
    }

    private static String load(String resource) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
