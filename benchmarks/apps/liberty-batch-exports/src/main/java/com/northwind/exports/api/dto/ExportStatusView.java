package com.northwind.exports.api.dto;

import jakarta.batch.runtime.JobExecution;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.Date;

@JsonbPropertyOrder({"executionId", "jobName", "batchStatus", "exitStatus", "startTime", "endTime"})
public class ExportStatusView {

    private long executionId;
    private String jobName;
    private String batchStatus;
    private String exitStatus;

    @JsonbDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX")
    private Date startTime;

    @JsonbDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX")
    private Date endTime;

    @JsonbProperty("posthogKeyConfigured")
    private boolean personalApiKeyConfigured;

    public static ExportStatusView from(JobExecution execution, boolean personalApiKeyConfigured) {
        ExportStatusView view = new ExportStatusView();
        view.executionId = execution.getExecutionId();
        view.jobName = execution.getJobName();
        view.batchStatus = execution.getBatchStatus().name();
        view.exitStatus = execution.getExitStatus();
        view.startTime = execution.getStartTime();
        view.endTime = execution.getEndTime();
        view.personalApiKeyConfigured = personalApiKeyConfigured;
        return view;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getJobName() {
        return jobName;
    }

    public String getBatchStatus() {
        return batchStatus;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public Date getStartTime() {
        return startTime;
    }

    public Date getEndTime() {
        return endTime;
    }

    public boolean isPersonalApiKeyConfigured() {
        return personalApiKeyConfigured;
    }
}
