package io.lumenpay.flags.storm.bolt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lumenpay.flags.storm.config.PostHogConstants;
import io.lumenpay.flags.storm.posthog.LegacyEventSender;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Tuple;

public class FlagAuditBolt extends BaseRichBolt {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(FlagAuditBolt.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    private transient OutputCollector collector;
    private transient ObjectMapper mapper;
    private transient LegacyEventSender replaySender;

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        this.mapper = new ObjectMapper();
        this.replaySender = LegacyEventSender.forReplay(
                (String) topoConf.getOrDefault(PostHogConstants.CONF_HOST, PostHogConstants.DEFAULT_HOST));
    }

    @Override
    public void execute(Tuple input) {
        try {
            JsonNode event = mapper.readTree(input.getStringByField("value"));
            JsonNode headers = event.path("headers");
            Map<String, String> safeHeaders = redact(headers);
            LOG.debug("Audit event {} headers {}", event.path("uuid").asText(), safeHeaders);

            if (!headers.has(PostHogConstants.AUTHORIZATION_HEADER)) {
                LOG.debug("Event {} arrived without {} header", event.path("uuid").asText(),
                        PostHogConstants.AUTHORIZATION_HEADER);
            } else if (!event.path("authenticated").asBoolean(false)) {
                String authorization = headers.path(PostHogConstants.AUTHORIZATION_HEADER).asText();
                LOG.warn("Unauthenticated event {} carried credentials {}", event.path("uuid").asText(), authorization);
            }

            if (event.path("replay").asBoolean(false)) {
                replaySender.replay(input.getStringByField("key"), event.path("event").asText(), event.path("properties"));
            }
            collector.ack(input);
        } catch (IOException e) {
            LOG.warn("Audit could not parse tuple from partition {}", input.getIntegerByField("partition"));
            collector.ack(input);
        }
    }

    private static Map<String, String> redact(JsonNode headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Iterator<Map.Entry<String, JsonNode>> fields = headers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            copy.put(name, sensitive ? "[REDACTED]" : field.getValue().asText());
        }
        return copy;
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
    }

    @Override
    public void cleanup() {
        if (replaySender != null) {
            replaySender.shutdown();
        }
    }
}
