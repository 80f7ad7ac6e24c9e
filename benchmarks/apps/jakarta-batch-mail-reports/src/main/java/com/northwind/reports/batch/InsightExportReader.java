package com.northwind.reports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Emits the ids of the insights selected by the {@code insightFilter} job parameter.
 */
@Named("insightExportReader")
@Dependent
public class InsightExportReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(InsightExportReader.class);

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty
    String projectId;

    @Inject
    @BatchProperty
    String insightFilter;

    @Inject
    @BatchProperty
    String accessToken;

    private List<Long> insightIds;
    private Iterator<Long> cursor;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        LOG.infof("Opening insight export: project=%s filter='%s' accessToken=%s",
                projectId, insightFilter, accessToken);
        insightIds = InsightFilterLexer.insightIds(InsightFilterLexer.tokenize(insightFilter));
        position = checkpoint == null ? 0 : (Integer) checkpoint;
        cursor = insightIds.listIterator(position);
        jobContext.setTransientUserData(accessToken);
        LOG.infof("%d insight(s) selected, resuming at %d", insightIds.size(), position);
    }

    @Override
    public Object readItem() {
        if (!cursor.hasNext()) {
            return null;
        }
        position++;
        return cursor.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
