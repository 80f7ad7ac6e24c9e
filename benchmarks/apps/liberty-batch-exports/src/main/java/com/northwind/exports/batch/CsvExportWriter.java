package com.northwind.exports.batch;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.logging.Logger;

@Named("csvExportWriter")
@Dependent
public class CsvExportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(CsvExportWriter.class.getName());
    private static final String HEADER = "timestamp,event,distinct_id,current_url";

    @Inject
    @BatchProperty(name = "fileName")
    String fileName;

    @Inject
    StepContext stepContext;

    @Inject
    @ConfigProperty(name = "export.sftp.host")
    String sftpHost;

    @Inject
    @ConfigProperty(name = "export.sftp.port", defaultValue = "22")
    int sftpPort;

    @Inject
    @ConfigProperty(name = "export.sftp.user")
    String sftpUser;

    @Inject
    @ConfigProperty(name = "export.sftp.password")
    String sftpPassword;

    @Inject
    @ConfigProperty(name = "export.sftp.remote-dir")
    String remoteDir;

    private Path localFile;
    private long written;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        localFile = Path.of(System.getProperty("java.io.tmpdir"), fileName);
        if (checkpoint == null) {
            Files.writeString(localFile, HEADER + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            written = 0;
        } else {
            written = (Long) checkpoint;
        }
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(localFile, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            for (Object item : items) {
                out.write((String) item);
                out.newLine();
            }
        }
        written += items.size();
    }

    @Override
    public Serializable checkpointInfo() {
        return written;
    }

    @Override
    public void close() throws Exception {
        if (localFile == null || !Files.exists(localFile)) {
            return;
        }
        String remotePath = remoteDir + "/" + fileName;
        LOG.fine("Uploading " + written + " rows from " + localFile + " to sftp://" + sftpUser + ":"
                + sftpPassword + "@" + sftpHost + ":" + sftpPort + remotePath);
        JSch jsch = new JSch();
        jsch.setKnownHosts(System.getProperty("user.home") + "/.ssh/known_hosts");
        Session session = jsch.getSession(sftpUser, sftpHost, sftpPort);
        session.setPassword(sftpPassword);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(15_000);
        try {
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect();
            channel.put(localFile.toString(), remotePath);
            channel.disconnect();
            stepContext.setExitStatus("UPLOADED:" + remotePath);
        } finally {
            session.disconnect();
        }
        LOG.info("Uploaded " + fileName + " (" + written + " rows) to " + sftpHost);
    }
}
