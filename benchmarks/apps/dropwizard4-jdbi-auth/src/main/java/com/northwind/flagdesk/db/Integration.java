package com.northwind.flagdesk.db;

import com.northwind.flagdesk.posthog.PostHogKeys;

/** A PostHog project connected to the desk, with the personal key used to manage its flags. */
public record Integration(long id, String name, String projectId, String personalApiKey, String createdBy) {

    public Integration withMaskedKey() {
        return new Integration(id, name, projectId, PostHogKeys.mask(personalApiKey), createdBy);
    }
}
