package dev.shipyard.releasebot.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Body of {@code POST /api/projects/:id/annotations/}. */
public record AnnotationRequest(
        String content,
        @JsonProperty("date_marker") String dateMarker,
        String scope) {

    public static AnnotationRequest forRelease(String repository, String tag, Instant when) {
        return new AnnotationRequest(repository + " " + tag + " released", when.toString(), "project");
    }
}
