package com.northwind.cohorts.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads member activity from the warehouse and groups it into the cohorts selected for export. */
public class CohortAssembler {

    private static final Logger log = LogManager.getLogger(CohortAssembler.class);

    private final SparkSession spark;
    private final WarehouseSource source;

    public CohortAssembler(SparkSession spark, WarehouseSource source) {
        this.spark = spark;
        this.source = source;
    }

    public Dataset<Row> assemble(List<String> cohortIds, int lookbackDays, int partitions) {
        log.printf(Level.DEBUG, "Connecting to %s as %s (password %s)", source.getUrl(), source.getUser(), source.getPassword());
        Dataset<Row> activity = spark.read()
                .jdbc(source.getUrl(), source.getTable(), source.connectionProperties())
                .where(col("event_time").geq(expr("current_timestamp() - INTERVAL " + lookbackDays + " DAYS")))
                .where(col("cohort_id").isin(cohortIds.toArray()));

        Dataset<Row> members = activity
                .groupBy(col("distinct_id"), col("cohort_id"), col("session_id"))
                .agg(count("*").alias("event_count"), max("event_time").alias("last_seen"))
                .withColumn("exported_at", current_timestamp())
                .repartition(partitions, col("cohort_id"));

        log.info("Assembled cohort members for {} cohorts over {} days", cohortIds.size(), lookbackDays);
        return members;
    }
}
