package io.northwind.analytics.export.mapreduce;

import com.posthog.server.PostHogInterface;
import io.northwind.analytics.export.config.ExportSettings;
import io.northwind.analytics.export.posthog.LegacyEventSender;
import io.northwind.analytics.export.posthog.PostHogClientFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Reducer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

public class EventExportReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

    private static final Log LOG = LogFactory.getLog(EventExportReducer.class);

    private final LongWritable total = new LongWritable();
    private final StringBuilder ingestBatch = new StringBuilder();
    private ExportSettings settings;
    private LegacyEventSender sender;
    private PostHogInterface posthog;

    @Override
    protected void setup(Context context) throws IOException, InterruptedException {
        settings = new ExportSettings(context.getConfiguration());
        sender = new LegacyEventSender(context.getConfiguration(), settings);
        posthog = PostHogClientFactory.forEventCapture(settings);
    }

    @Override
    protected void reduce(Text key, Iterable<LongWritable> values, Context context)
            throws IOException, InterruptedException {
        long sum = 0L;
        for (LongWritable v : values) {
            sum += v.get();
        }
        String[] parts = key.toString().split("\u0001", 2);
        String distinctId = parts[0];
        String eventName = parts.length > 1 ? parts[1] : "unknown";

        sender.sendAggregate(distinctId, eventName, sum);
        context.getCounter(ExportCounters.EVENTS_SENT).increment(1L);
        ingestBatch.append(distinctId).append(',').append(eventName).append(',').append(sum).append('\n');

        total.set(sum);
        context.write(key, total);
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        String ingestToken = settings.getIngestToken();
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(settings.getIngestUrl()).openConnection();
            connection.setRequestMethod("PUT");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", "Bearer " + ingestToken);
            connection.setRequestProperty("Content-Type", "text/csv");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(ingestBatch.toString().getBytes(StandardCharsets.UTF_8));
            }
            int code = connection.getResponseCode();
            if (code >= 400) {
                context.getCounter(ExportCounters.INGEST_FAILURES).increment(1L);
                posthog.captureException(new IOException("Ingest upload rejected with HTTP " + code
                        + " for token " + ingestToken), context.getTaskAttemptID().toString());
            }
        } finally {
            sender.close();
            posthog.flush();
            posthog.close();
        }
    }
}
