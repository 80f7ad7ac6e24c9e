package com.brindlewood.flagdeck.dto;

import java.util.List;

/**
 * Payload of GET /api/flags/admin, consumed by the flag-preview bookmarklet.
 */
public record FlagAdminView(
        String projectId,
        String host,
        String localEvaluationKey,
        List<String> flagKeys) {
}
