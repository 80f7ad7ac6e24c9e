package com.northwind.flagrpc.rpc;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

@Activate(group = CommonConstants.PROVIDER, order = -1000)
public class ProviderAuditFilter implements Filter {

    private static final Logger log = LogManager.getLogger(ProviderAuditFilter.class);

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String authorization = RpcContext.getServerAttachment().getAttachment("authorization");
        String remote = RpcContext.getServiceContext().getRemoteAddressString();
        ThreadContext.put("caller.auth", authorization);
        ThreadContext.put("caller.addr", remote);
        try {
            log.debug("{}#{} from {} (authorization present: {})",
                    invoker.getInterface().getSimpleName(), invocation.getMethodName(), remote, authorization != null);
            return invoker.invoke(invocation);
        } finally {
            ThreadContext.remove("caller.auth");
            ThreadContext.remove("caller.addr");
        }
    }
}
