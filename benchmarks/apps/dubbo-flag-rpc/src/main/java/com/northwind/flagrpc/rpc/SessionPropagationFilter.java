package com.northwind.flagrpc.rpc;

import com.northwind.flagrpc.config.PostHogKeys;
import com.northwind.flagrpc.web.RequestSessionHolder;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Copies the browser session of the current web request into the RPC attachments, so the
 * provider can look up person properties for flag evaluation.
 */
@Activate(group = CommonConstants.CONSUMER)
public class SessionPropagationFilter implements Filter {

    private static final Logger log = LogManager.getLogger(SessionPropagationFilter.class);

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String sessionId = RequestSessionHolder.currentSessionId();
        if (sessionId != null) {
            invocation.setAttachment(PostHogKeys.SESSION_ATTACHMENT, sessionId);
            log.debug("propagating session {} to {}", sessionId, invocation.getMethodName());
        }
        return invoker.invoke(invocation);
    }
}
