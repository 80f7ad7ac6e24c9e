package com.northwind.flagrpc.web;

import com.northwind.flagrpc.exception.FlagSyncException;
import java.util.Map;
import org.apache.dubbo.rpc.RpcException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LogManager.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    public Map<String, Object> onFlagSync(FlagSyncException ex) {
        log.warn("flag sync failed with upstream status {}", ex.getStatus());
        return Map.of("error", "flag_sync_failed", "detail", ex.getMessage());
    }

    @ExceptionHandler(RpcException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public Map<String, Object> onRpc(RpcException ex) {
        log.warn("flag provider unavailable: code {}", ex.getCode());
        return Map.of("error", "flag_provider_unavailable");
    }
}
