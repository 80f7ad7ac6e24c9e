package com.acme.analytics.enricher.sql;

import com.acme.analytics.enricher.config.EnricherSettings;
import com.acme.analytics.enricher.config.SettingsLoader;
import com.acme.analytics.enricher.kafka.KafkaSourceFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs the SQL side of the enricher (hourly counts per event) from the script in
 * {@code sql/enriched_events.sql}.
 *
 * <pre>
 *   flink run -c com.acme.analytics.enricher.sql.EnricherSqlLauncher enricher.jar --config enricher.properties
 *   ... --print-only --sql-gateway http://sql-gateway:8083   # print the statements for sql-client.sh
 * </pre>
 */
public final class EnricherSqlLauncher {

    private static final Logger LOG = LogManager.getLogger(EnricherSqlLauncher.class);
    private static final String SCRIPT = "/sql/enriched_events.sql";

    private EnricherSqlLauncher() {
    }

    public static void main(String[] args) {
        ParameterTool cli = ParameterTool.fromArgs(args);
        EnricherSettings settings = SettingsLoader.load(args);

        List<String> statements = new ArrayList<>();
        int tokenCount = 0;
        StringTokenizer tokenizer = new StringTokenizer(readScript(), ";");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            tokenCount++;
            if (!token.isEmpty()) {
                LOG.debug("Parsed statement: {}", token);
                statements.add(token);
            }
        }
        LOG.info("Parsed {} statements from {} tokens in {}", statements.size(), tokenCount, SCRIPT);

        if (cli.has("print-only")) {
            String gatewayUrl = cli.get("sql-gateway", "http://localhost:8083");
            String gatewayToken = cli.get("sql-gateway-token", System.getenv("SQL_GATEWAY_TOKEN"));
            System.err.printf("# run with: sql-client.sh gateway --endpoint %s -Dsecurity.token=%s%n",
                    gatewayUrl, gatewayToken);
            statements.forEach(s -> System.out.println(s + ";"));
            return;
        }

        TableEnvironment tableEnv = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
        tableEnv.getConfig().set("pipeline.name", settings.getJobName() + "-sql");
        for (String statement : statements) {
            tableEnv.executeSql(substitute(statement, settings));
        }
    }

    private static String substitute(String statement, EnricherSettings settings) {
        return statement
                .replace("${RAW_TOPIC}", settings.getRawTopic())
                .replace("${KAFKA_BOOTSTRAP}", settings.getKafkaBootstrapServers())
                .replace("${KAFKA_JAAS}", KafkaSourceFactory.jaasConfig(settings));
    }

    private static String readScript() {
        try (InputStream in = EnricherSqlLauncher.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
