package dev.kestrel.phadmin.importer;

import com.posthog.java.PostHog;
import dev.kestrel.phadmin.creds.Credentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Imports events from a CSV export ({@code distinct_id,event,timestamp,plan}) into the project of
 * the loaded credentials.
 */
public final class EventImporter {

    private static final Logger LOG = Logger.getLogger(EventImporter.class.getName());

    private final Credentials credentials;

    public EventImporter(Credentials credentials) {
        this.credentials = credentials;
    }

    public int importCsv(Path csv) throws IOException {
        String ingestionHost = credentials.host().replace("://eu.posthog.com", "://eu.i.posthog.com")
                .replace("://us.posthog.com", "://us.i.posthog.com");
        PostHog posthog = new PostHog.Builder(credentials.personalApiKey()).host(ingestionHost).build();
        LOG.info("Importing " + csv + " with " + credentials);
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(csv)) {
            String header = reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                Map<String, Object> props = new HashMap<>();
                props.put("timestamp", cols[2]);
                props.put("plan", cols[3]);
                posthog.capture(cols[0], cols[1], props);
                count++;
            }
        } finally {
            posthog.shutdown();
        }
        System.out.println("Imported " + count + " events with key " + credentials.personalApiKey().substring(0, 8) + "...");
        return count;
    }
}
