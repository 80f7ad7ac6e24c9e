package com.kelpford.usage.batch;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import com.kelpford.usage.config.ExportProperties;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Writes each chunk of invoice lines as a CSV part file to the billing SFTP drop.
 */
@Component
public class InvoiceCsvWriter implements ItemWriter<InvoiceLine> {

    private static final Logger LOG = Logger.getLogger(InvoiceCsvWriter.class.getName());

    private final ExportProperties.Sftp sftp;
    private StepExecution stepExecution;
    private int part;

    public InvoiceCsvWriter(ExportProperties export) {
        this.sftp = export.sftp();
    }

    @BeforeStep
    public void remember(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends InvoiceLine> chunk) throws Exception {
        StringBuilder csv = new StringBuilder("account_id,account,meter,day,quantity,unit_price,amount\n");
        for (InvoiceLine l : chunk) {
            csv.append(l.getAccountId()).append(',').append(l.getAccountName()).append(',').append(l.getMeter())
                    .append(',').append(l.getDay()).append(',').append(l.getQuantity()).append(',')
                    .append(l.getUnitPrice()).append(',').append(l.getAmount()).append('\n');
        }
        LOG.fine(() -> "sftp://" + sftp.user() + ":" + sftp.password() + "@" + sftp.host() + sftp.directory());
        JSch jsch = new JSch();
        Session session = jsch.getSession(sftp.user(), sftp.host(), sftp.port());
        session.setPassword(sftp.password());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(15_000);
        try {
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect();
            String name = sftp.directory() + "/invoices-" + stepExecution.getJobExecutionId() + "-" + (part++) + ".csv";
            channel.put(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), name);
            channel.disconnect();
            stepExecution.getExecutionContext().putInt("csv.parts", part);
            LOG.info("wrote " + chunk.size() + " lines to " + name);
        } finally {
            session.disconnect();
        }
    }
}
