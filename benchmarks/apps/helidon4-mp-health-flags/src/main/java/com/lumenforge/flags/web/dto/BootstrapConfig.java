package com.lumenforge.flags.web.dto;

import java.util.List;

/**
 * Configuration handed to the admin console single-page app at start-up.
 */
public record BootstrapConfig(String apiHost, String personalApiKey, String projectId, List<String> scopes) {
}
