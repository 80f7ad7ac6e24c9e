package io.northwind.flagsync.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.northwind.flagsync.model.SyncReport;
import io.northwind.flagsync.settings.FlagSyncSettings;

import javax.inject.Named;
import javax.inject.Singleton;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes target/flagsync/flagsync-report.json (for CI) and flagsync-report.html (linked from
 * the project site and archived by the pipeline).
 */
@Named
@Singleton
public class ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Configuration freemarker;

    public ReportWriter() {
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setClassForTemplateLoading(ReportWriter.class, "/io/northwind/flagsync/report");
        freemarker.setDefaultEncoding("UTF-8");
    }

    public Path write(FlagSyncSettings settings, SyncReport report) throws IOException {
        Path dir = settings.getReportDirectory();
        Files.createDirectories(dir);
        mapper.writeValue(dir.resolve("flagsync-report.json").toFile(), report);

        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("host", settings.getHost());
        model.put("projectId", settings.getProjectId());
        model.put("connectionKey", settings.getPersonalApiKey());

        Path html = dir.resolve("flagsync-report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            Template template = freemarker.getTemplate("flagsync-report.ftlh");
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IOException("Could not render " + html, e);
        }
        return html;
    }
}
