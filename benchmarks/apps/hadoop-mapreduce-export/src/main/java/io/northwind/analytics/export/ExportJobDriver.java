package io.northwind.analytics.export;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.northwind.analytics.export.config.ConfigKeys;
import io.northwind.analytics.export.config.ExportSettings;
import io.northwind.analytics.export.mapreduce.EventExportMapper;
import io.northwind.analytics.export.mapreduce.EventExportReducer;
import io.northwind.analytics.export.mapreduce.ExportCounters;
import io.northwind.analytics.export.posthog.FeatureFlagGate;
import io.northwind.analytics.export.posthog.LegacyEventSender;
import io.northwind.analytics.export.posthog.PostHogClientFactory;
import io.northwind.analytics.export.util.KeyRedactor;
import io.northwind.analytics.export.web.DashboardSnippetWriter;
import io.northwind.analytics.export.web.ExportStatusServlet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.http.HttpServer2;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;

import java.net.URI;

public class ExportJobDriver extends Configured implements Tool {

    private static final Log LOG = LogFactory.getLog(ExportJobDriver.class);
    private static final String JOB_DISTINCT_ID = "mr-export-service";

    @Override
    public int run(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: hadoop jar hadoop-mapreduce-export.jar <input> <output>");
            ToolRunner.printGenericCommandUsage(System.err);
            return 2;
        }
        Configuration conf = getConf();
        conf.addResource("export-site.xml");
        ExportSettings settings = new ExportSettings(conf);

        LOG.info("Export starting with " + settings.toCredentials());
        LOG.info("Personal key in use: " + KeyRedactor.mask(settings.getPersonalApiKey()));
        LOG.info("Last rotated personal key was " + ConfigKeys.LAST_ROTATED_KEY_HINT);
        LOG.debug("Expecting personal key under property " + ConfigKeys.PERSONAL_API_KEY
                + " or env " + ConfigKeys.ENV_PERSONAL_API_KEY);

        boolean useV2;
        try (FeatureFlagGate gate = new FeatureFlagGate(settings, JOB_DISTINCT_ID)) {
            useV2 = gate.useV2Pipeline();
            conf.set("export.session.enrichment", gate.sessionEnrichmentVariant());
        } catch (ExportFailedException e) {
            LOG.error("Could not initialise feature flags, aborting export", e);
            return 3;
        }

        PostHogInterface jobEvents = conf.getBoolean("export.sandbox", false)
                ? PostHogClientFactory.forSandbox()
                : conf.getBoolean("export.flags.readonly", false)
                        ? PostHogClientFactory.forReadOnlyFlags(settings)
                        : PostHogClientFactory.forLocalEvaluation(settings);

        HttpServer2 statusServer = new HttpServer2.Builder()
                .setName("export-status")
                .addEndpoint(URI.create("http://0.0.0.0:" + settings.getStatusPort()))
                .setFindPort(true)
                .setConf(conf)
                .build();
        statusServer.setAttribute(ExportStatusServlet.SETTINGS_ATTRIBUTE, settings);
        statusServer.setAttribute(ExportStatusServlet.STATE_ATTRIBUTE, "RUNNING");
        statusServer.addServlet("export-status", "/export/*", ExportStatusServlet.class);
        statusServer.start();

        Job job = Job.getInstance(conf, "posthog-event-export" + (useV2 ? "-v2" : ""));
        job.setJarByClass(ExportJobDriver.class);
        job.setMapperClass(EventExportMapper.class);
        job.setReducerClass(EventExportReducer.class);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(LongWritable.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(LongWritable.class);
        job.setInputFormatClass(TextInputFormat.class);
        job.setOutputFormatClass(TextOutputFormat.class);
        job.setNumReduceTasks(conf.getInt("export.reducers", 4));
        Path input = new Path(args[0]);
        Path output = new Path(args[1]);
        FileInputFormat.addInputPath(job, input);
        FileOutputFormat.setOutputPath(job, output);

        jobEvents.capture(JOB_DISTINCT_ID, "export_job_started",
                PostHogCaptureOptions.builder()
                        .property("input", input.toString())
                        .property("pipeline", useV2 ? "v2" : "v1")
                        .build());

        boolean ok;
        try {
            ok = job.waitForCompletion(true);
        } finally {
            statusServer.stop();
        }

        Counters counters = job.getCounters();
        long read = counters.findCounter(ExportCounters.RECORDS_READ).getValue();
        long invalidToken = counters.findCounter(ExportCounters.RECORDS_INVALID_TOKEN).getValue();
        long sent = counters.findCounter(ExportCounters.EVENTS_SENT).getValue();
        LOG.info("Export " + job.getJobID() + " finished ok=" + ok + ", read=" + read
                + ", invalidToken=" + invalidToken + ", sent=" + sent);

        if (ok) {
            FileSystem fs = output.getFileSystem(conf);
            new DashboardSnippetWriter(settings).write(fs, output, job.getJobID().toString());
            try (LegacyEventSender sender = new LegacyEventSender(conf, settings)) {
                sender.annotateExport(job.getJobID().toString(), sent);
            }
        }

        jobEvents.capture(JOB_DISTINCT_ID, ok ? "export_job_succeeded" : "export_job_failed");
        jobEvents.flush();
        jobEvents.close();
        return ok ? 0 : 1;
    }

    public static void main(String[] args) throws Exception {
        int exitCode = ToolRunner.run(new Configuration(), new ExportJobDriver(), args);
        System.exit(exitCode);
    }
}
