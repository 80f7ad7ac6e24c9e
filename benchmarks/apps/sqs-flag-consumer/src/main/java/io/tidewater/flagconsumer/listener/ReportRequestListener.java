package io.tidewater.flagconsumer.listener;

import java.net.URL;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import io.tidewater.flagconsumer.report.ReportUploadService;
import io.tidewater.flagconsumer.report.ReportUploadService.ReportRequest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

@Component
public class ReportRequestListener {

    private static final Logger log = LogManager.getLogger(ReportRequestListener.class);

    private final ReportUploadService reports;

    public ReportRequestListener(ReportUploadService reports) {
        this.reports = reports;
    }

    @SqsListener(value = "${flag-consumer.queues.report-requests}", acknowledgementMode = "MANUAL")
    public void onReportRequest(ReportRequest request, Acknowledgement acknowledgement) {
        log.info("Report {} requested by {} for {} flags, delivery {}",
                request.reportId(), request.requestedBy(), request.flagKeys().size(), request.token());
        if (request.token() == ReportRequest.DeliveryToken.CALLBACK_BEARER) {
            log.atDebug().log("Report {} will be delivered to {} with bearer {}",
                    request.reportId(), request.callbackUrl(), request.callbackToken());
        }
        URL link = reports.buildAndUpload(request);
        log.info("Report {} uploaded, presigned link host {}", request.reportId(), link.getHost());
        acknowledgement.acknowledge();
    }
}
