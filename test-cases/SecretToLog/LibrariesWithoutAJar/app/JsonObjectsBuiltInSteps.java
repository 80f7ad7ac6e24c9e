package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.json.JSONArray;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A JSON object built member by member holds every value put into it. */
public class JsonObjectsBuiltInSteps {
  private static final Logger log = LoggerFactory.getLogger(JsonObjectsBuiltInSteps.class);
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void orgJson() {
    JSONObject bootstrap = new JSONObject();
    bootstrap.put("host", "https://eu.i.posthog.com");
    bootstrap.put("personalApiKey", personalApiKey);
    log.info("bootstrap {}", bootstrap); // Noncompliant
    JSONObject chained = new JSONObject().putOpt("host", "eu").accumulate("key", personalApiKey);
    log.info("chained {}", chained.toString()); // Noncompliant
    JSONObject appended = new JSONObject();
    appended.append("keys", personalApiKey);
    log.info("appended {}", appended); // Noncompliant
    JSONArray keys = new JSONArray().put(personalApiKey);
    log.info("keys {}", keys); // Noncompliant
    JSONObject publicOnly = new JSONObject().put("projectKey", projectApiKey).put("length", personalApiKey.length());
    log.info("public {}", publicOnly);
    // a member's value, else the fallback it is given
    JSONObject response = new JSONObject("{}");
    String key = response.optString("host", personalApiKey);
    log.info("key {}", key); // Noncompliant
    log.info("host {}", response.optString("host", "https://eu.i.posthog.com"));
  }

  void gson() {
    JsonObject settings = new JsonObject();
    settings.addProperty("personal_api_key", personalApiKey);
    log.info("settings {}", settings); // Noncompliant
    JsonArray array = new JsonArray();
    array.add(personalApiKey);
    log.info("array {}", array); // Noncompliant
    JsonObject wrapper = new JsonObject();
    wrapper.add("keys", array);
    log.info("wrapper {}", wrapper); // Noncompliant
    JsonObject host = new JsonObject();
    host.addProperty("host", "https://eu.i.posthog.com");
    log.info("host {}", host);
  }

  void jackson(ObjectMapper mapper) throws Exception {
    ObjectNode node = mapper.createObjectNode();
    node.put("personalApiKey", personalApiKey);
    log.info("node {}", mapper.writeValueAsString(node)); // Noncompliant
    ObjectNode chained = mapper.createObjectNode().put("host", "eu").put("key", personalApiKey);
    log.info("chained {}", chained); // Noncompliant
    ArrayNode array = mapper.createArrayNode().add(personalApiKey);
    log.info("array {}", array); // Noncompliant
    ObjectNode nested = mapper.createObjectNode();
    nested.set("keys", array);
    log.info("nested {}", nested); // Noncompliant
    ObjectNode safe = mapper.createObjectNode().put("projectKey", projectApiKey);
    log.info("safe {}", safe);
  }
}
