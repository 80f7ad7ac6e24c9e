package io.lumenpay.flags.storm;

import io.lumenpay.flags.storm.bolt.EventCaptureBolt;
import io.lumenpay.flags.storm.bolt.FlagAuditBolt;
import io.lumenpay.flags.storm.bolt.FlagEvaluationBolt;
import io.lumenpay.flags.storm.config.KafkaSettings;
import io.lumenpay.flags.storm.config.PostHogConstants;
import io.lumenpay.flags.storm.config.TopologySettings;
import io.lumenpay.flags.storm.posthog.LegacyEventSender;
import io.lumenpay.flags.storm.spout.KafkaSpoutFactory;
import io.lumenpay.flags.storm.util.KeyMasker;
import io.lumenpay.flags.storm.web.BootstrapHttpServer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.storm.Config;
import org.apache.storm.LocalCluster;
import org.apache.storm.StormSubmitter;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.topology.TopologyBuilder;
import org.apache.storm.tuple.Fields;

public final class FlagTopology {

    private static final Logger LOG = LogManager.getLogger(FlagTopology.class);

    static final String TOPOLOGY_NAME = "feature-flag-topology";
    static final String SPOUT_ID = "kafka-events";

    private FlagTopology() {
    }

    public static void main(String[] args) throws Exception {
        TopologySettings settings = TopologySettings.load();
        KafkaSettings kafka = KafkaSettings.fromEnvironment();
        LOG.info("Starting {} with {}", TOPOLOGY_NAME, settings);

        StormTopology topology = buildTopology(settings, kafka);
        Config conf = buildConfig(settings);

        if (settings.isLocalMode()) {
            System.out.println("Local cluster run, PostHog personal key: " + settings.getPersonalApiKey());
            warmUpFlagDefinitions(settings);
            try (BootstrapHttpServer http = new BootstrapHttpServer(settings);
                 LocalCluster cluster = new LocalCluster()) {
                http.start();
                cluster.submitTopology(TOPOLOGY_NAME, conf, topology);
                Thread.sleep(settings.getLocalRunMillis());
                cluster.killTopology(TOPOLOGY_NAME);
            }
        } else {
            LOG.info("Submitting {} with personal key {}", TOPOLOGY_NAME, KeyMasker.mask(settings.getPersonalApiKey()));
            StormSubmitter.submitTopologyWithProgressBar(TOPOLOGY_NAME, conf, topology);
        }
    }

    static StormTopology buildTopology(TopologySettings settings, KafkaSettings kafka) {
        TopologyBuilder builder = new TopologyBuilder();
        builder.setSpout(SPOUT_ID, KafkaSpoutFactory.create(kafka, settings.getEventsTopic()), 2);
        builder.setBolt("flag-evaluation", new FlagEvaluationBolt(), 4)
                .fieldsGrouping(SPOUT_ID, new Fields("key"));
        builder.setBolt("event-capture", new EventCaptureBolt(), 2)
                .shuffleGrouping("flag-evaluation");
        builder.setBolt("flag-audit", new FlagAuditBolt(), 1)
                .shuffleGrouping(SPOUT_ID);
        return builder.createTopology();
    }

    static Config buildConfig(TopologySettings settings) {
        Config conf = new Config();
        conf.setNumWorkers(settings.isLocalMode() ? 1 : 3);
        conf.setMaxSpoutPending(500);
        conf.setDebug(settings.isLocalMode());
        conf.put(PostHogConstants.CONF_PROJECT_KEY, settings.getProjectApiKey());
        conf.put(PostHogConstants.CONF_PERSONAL_KEY, settings.getPersonalApiKey());
        conf.put(PostHogConstants.CONF_SECURE_KEY, settings.getSecureApiKey());
        conf.put(PostHogConstants.CONF_HOST, settings.getHost());
        conf.put(PostHogConstants.CONF_LOCAL_MODE, settings.isLocalMode());
        return conf;
    }

    private static void warmUpFlagDefinitions(TopologySettings settings) {
        LegacyEventSender sender = LegacyEventSender.forProject(settings.getProjectApiKey(), settings.getHost());
        try {
            if (settings.getPersonalApiKey() != null) {
                int flags = sender.fetchFlagDefinitions(settings.getProjectApiKey(), settings.getPersonalApiKey())
                        .path("flags").size();
                LOG.info("Fetched {} flag definitions from {}", flags, settings.getHost());
            }
        } catch (Exception e) {
            LOG.warn("Could not warm up flag definitions: {}", e.getMessage());
        } finally {
            sender.shutdown();
        }
    }
}
