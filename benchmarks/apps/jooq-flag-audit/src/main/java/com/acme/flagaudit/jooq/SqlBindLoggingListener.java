package com.acme.flagaudit.jooq;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SqlBindLoggingListener implements ExecuteListener {

    private static final Logger log = LoggerFactory.getLogger(SqlBindLoggingListener.class);
    private static final String START_NANOS = SqlBindLoggingListener.class.getName() + ".start";

    private final long slowQueryThresholdMillis;

    public SqlBindLoggingListener(long slowQueryThresholdMillis) {
        this.slowQueryThresholdMillis = slowQueryThresholdMillis;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        ctx.data(START_NANOS, System.nanoTime());
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        Object started = ctx.data(START_NANOS);
        long elapsedMillis = started instanceof Long nanos
                ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos)
                : -1L;

        Query query = ctx.query();
        if (query == null) {
            log.debug("[{} ms] {}", elapsedMillis, ctx.sql());
            return;
        }
        if (elapsedMillis >= slowQueryThresholdMillis) {
            log.warn("Slow query ({} ms, {} rows): {}", elapsedMillis, ctx.rows(), query.getSQL(ParamType.INLINED));
        } else if (log.isDebugEnabled()) {
            log.debug("[{} ms] {} -- binds {}", elapsedMillis, ctx.sql(), query.getBindValues());
        }
    }

    @Override
    public void exception(ExecuteContext ctx) {
        List<Object> binds = ctx.query() != null ? ctx.query().getBindValues() : List.of();
        log.error("SQL failed: {} -- binds {}", ctx.sql(), binds, ctx.exception());
    }
}
