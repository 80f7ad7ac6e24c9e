package com.tallyworks.bridge.processors;

import com.tallyworks.bridge.config.BridgeSettings;
import com.tallyworks.bridge.parse.DeploymentLineLexer;
import com.tallyworks.bridge.parse.DeploymentLineLexer.Token;
import com.tallyworks.bridge.parse.DeploymentLineLexer.TokenType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each deployment line becomes a PostHog annotation (private API, personal API key as bearer).
 */
public class PostHogExportProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogExportProcessor.class);

    private final BridgeSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PostHogExportProcessor(BridgeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String batch = exchange.getIn().getBody(String.class);
        URI annotations = URI.create(settings.host() + "/api/projects/" + settings.projectId() + "/annotations/");
        int exported = 0;
        for (String line : batch.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String content = describe(DeploymentLineLexer.lex(line));
            HttpRequest request = HttpRequest.newBuilder(annotations)
                    .timeout(Duration.ofSeconds(10))
                    .header(BridgeSettings.AUTH_HEADER, "Bearer " + settings.personalApiKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"content\":\"" + content + "\",\"scope\":\"project\"}"))
                    .build();
            LOG.debug("POST {} headers={}", request.uri(), request.headers().map());
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PostHogExportException("PostHog refused key " + settings.personalApiKey() + " for project " + settings.projectId(), response.statusCode());
            }
            if (response.statusCode() >= 300) {
                throw new PostHogExportException("Annotation export failed with HTTP " + response.statusCode(), response.statusCode());
            }
            exported++;
        }
        exchange.getIn().setHeader("exportedCount", exported);
        LOG.info("Exported {} annotations (personal key length {})", exported, settings.personalApiKey().length());
    }

    private static String describe(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.type() != TokenType.EQUALS) {
                sb.append(t.text()).append(t.type() == TokenType.KEY ? "=" : " ");
            }
        }
        return sb.toString().trim();
    }
}
