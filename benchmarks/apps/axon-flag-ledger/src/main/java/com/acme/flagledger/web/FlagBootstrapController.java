package com.acme.flagledger.web;

import com.acme.flagledger.config.LedgerDefaults;
import com.acme.flagledger.config.PostHogProperties;
import com.acme.flagledger.projection.FlagLedgerProjection;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bootstrap")
public class FlagBootstrapController {

    private final PostHogProperties properties;
    private final FlagLedgerProjection projection;

    public FlagBootstrapController(PostHogProperties properties, FlagLedgerProjection projection) {
        this.properties = properties;
        this.projection = projection;
    }

    @GetMapping
    public ClientBootstrapResponse bootstrap() {
        Map<String, Object> flags = Map.copyOf(projection.all());
        return new ClientBootstrapResponse(properties.getApiKey(), properties.getHost(), properties.getPersonalApiKey(), flags);
    }

    @GetMapping("/widget-session")
    public ResponseEntity<Map<String, Object>> widgetSession(HttpServletResponse response) {
        response.addCookie(new Cookie("ph_flags_secure", properties.getProjectSecretKey()));
        return ResponseEntity.ok()
                .header(LedgerDefaults.PROJECT_KEY_HEADER, properties.getApiKey())
                .body(Map.of("host", properties.getHost(), "projectId", properties.getProjectId()));
    }
}
