package com.brambleway.catalog.resource;

import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.util.Secrets;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/health")
public class HealthResource {

    private final CatalogConfig config;

    public HealthResource(CatalogConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> health() {
        String personalKey = config.personalApiKey();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("personalKeyConfigured", personalKey != null && !personalKey.startsWith("phx_your"));
        body.put("flagsKeyFingerprint", Secrets.fingerprint(config.flagsSecureKey()));
        return body;
    }
}
