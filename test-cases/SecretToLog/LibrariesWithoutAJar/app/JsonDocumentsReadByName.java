package app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;
import java.io.File;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member of a JSON document read by its name holds what the name says: a settings file's personal
 * key, a token endpoint's access token; the document's other members are no secrets.
 */
public class JsonDocumentsReadByName {
  private static final Logger log = LoggerFactory.getLogger(JsonDocumentsReadByName.class);

  void jackson(ObjectMapper mapper, ObjectNode answer) throws Exception {
    JsonNode settings = mapper.readTree(new File("settings.json"));
    log.info("key {}", settings.get("personal_api_key").asText()); // Noncompliant
    log.info("key {}", settings.path("posthog").path("personalApiKey").textValue()); // Noncompliant
    log.info("key {}", settings.findValue("secure_api_key")); // Noncompliant
    log.info("token {}", answer.required("access_token").asText()); // Noncompliant
    log.info("host {}", settings.get("host").asText());
    log.info("token type {}", answer.get("token_type").asText());
    log.info("expires in {}", answer.path("expires_in").asInt());
  }

  void gson(JsonObject answer) {
    log.info("token {}", answer.get("refresh_token").getAsString()); // Noncompliant
    log.info("token {}", answer.getAsJsonPrimitive("access_token").getAsString()); // Noncompliant
    log.info("scope {}", answer.get("scope").getAsString());
  }

  void orgJson(String body) {
    JSONObject answer = new JSONObject(body);
    log.info("token {}", answer.getString("access_token")); // Noncompliant
    log.info("token {}", answer.optString("refresh_token")); // Noncompliant
    log.info("token {}", answer.get("id_token")); // Noncompliant
    log.info("token {}", answer.opt("api_key")); // Noncompliant
    log.info("user {}", answer.optString("user_id"));
  }

  void vertx(io.vertx.core.json.JsonObject config) {
    log.info("key {}", config.getString("posthog.personalApiKey")); // Noncompliant
    log.info("key {}", config.getValue("db.password")); // Noncompliant
    log.info("host {}", config.getString("posthog.host"));
  }
}
