package com.acme.exporter.batch;

import com.acme.exporter.model.EventRecord;
import com.acme.exporter.model.EventRow;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.file.FlatFileItemWriter;
import org.springframework.batch.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.ResourceAccessException;

import java.nio.file.Path;

@Configuration
public class ExportJobConfig {

    public static final String JOB_NAME = "exportEventsJob";

    @Bean
    Job exportEventsJob(JobRepository jobRepository, Step exportStep, ExportJobListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(listener)
                .start(exportStep)
                .build();
    }

    @Bean
    Step exportStep(JobRepository jobRepository,
                    PlatformTransactionManager transactionManager,
                    PostHogEventReader reader,
                    EventProcessor processor,
                    FlatFileItemWriter<EventRow> csvWriter) {
        return new StepBuilder("exportStep", jobRepository)
                .<EventRecord, EventRow>chunk(500, transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(csvWriter)
                .faultTolerant()
                .retry(ResourceAccessException.class)
                .retryLimit(3)
                .build();
    }

    @Bean
    @StepScope
    FlatFileItemWriter<EventRow> csvWriter(@Value("#{jobParameters['after']}") String after,
                                           @Value("${exporter.output-dir:/var/lib/exporter}") String outputDir) {
        return new FlatFileItemWriterBuilder<EventRow>()
                .name("eventCsvWriter")
                .resource(new FileSystemResource(Path.of(outputDir, "events-" + after + ".csv")))
                .headerCallback(writer -> writer.write("id,event,distinct_id,timestamp,current_url,first_path_segment"))
                .delimited()
                .sourceType(EventRow.class)
                .names("id", "event", "distinctId", "timestamp", "currentUrl", "firstPathSegment")
                .build();
    }
}
