package com.quillfeather.links.model;

import java.time.Instant;

/** A short link. */
public record Link(String slug, String target, String owner, Instant createdAt, long clicks) {

    public Link withClick() {
        return new Link(slug, target, owner, createdAt, clicks + 1);
    }
}
