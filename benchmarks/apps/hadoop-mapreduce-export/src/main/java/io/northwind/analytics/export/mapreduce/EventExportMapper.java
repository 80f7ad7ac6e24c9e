package io.northwind.analytics.export.mapreduce;

import io.northwind.analytics.export.config.ExportSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

import java.io.IOException;

public class EventExportMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

    private static final Log LOG = LogFactory.getLog(EventExportMapper.class);
    private static final LongWritable ONE = new LongWritable(1L);

    private final Text outKey = new Text();
    private ExportSettings settings;
    private boolean includeAnonymous;

    @Override
    protected void setup(Context context) throws IOException, InterruptedException {
        settings = new ExportSettings(context.getConfiguration());
        includeAnonymous = context.getConfiguration().getBoolean("export.include.anonymous", false);
        ExportSettings.AuthMode apiKey = settings.getAuthMode();
        LOG.info("Mapper " + context.getTaskAttemptID() + " starting, apiKey mode " + apiKey);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Mapper PostHog config: host=" + settings.getHost()
                    + ", personalApiKey=" + settings.getPersonalApiKey());
        }
    }

    @Override
    protected void map(LongWritable offset, Text value, Context context)
            throws IOException, InterruptedException {
        context.getCounter(ExportCounters.RECORDS_READ).increment(1L);
        String[] fields = value.toString().split("\t", -1);
        if (fields.length < 5) {
            context.getCounter(ExportCounters.RECORDS_MALFORMED).increment(1L);
            return;
        }
        String distinctId = fields[1];
        String eventName = fields[2];
        boolean sessionIdPresent = !fields[3].isEmpty();
        boolean tokenValid = fields[4].startsWith("v2.");

        if (!sessionIdPresent) {
            context.getCounter(ExportCounters.RECORDS_MISSING_SESSION_ID).increment(1L);
        }
        if (!tokenValid) {
            context.getCounter(ExportCounters.RECORDS_INVALID_TOKEN).increment(1L);
            LOG.debug("Record at offset " + offset.get() + " has tokenValid=" + tokenValid
                    + ", sessionIdPresent=" + sessionIdPresent);
            return;
        }
        if (!includeAnonymous && distinctId.startsWith("anon-")) {
            return;
        }
        outKey.set(distinctId + "\u0001" + eventName);
        context.write(outKey, ONE);
    }
}
