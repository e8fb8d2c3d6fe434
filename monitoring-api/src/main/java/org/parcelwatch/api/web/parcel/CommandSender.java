package org.parcelwatch.api.web.parcel;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.api.application.CommandFailures;
import org.parcelwatch.api.web.security.ApiAccess;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.parcelwatch.api.application.readmodel.ReadYourWrites;

/**
 * Sends a command for the caller of the current request: with the audit metadata of DESIGN §4 (user, the
 * role the endpoint was called in, source REST or the page's WORKBENCH), waiting for the aggregate's answer, and with a refusal
 * unwrapped from whatever Axon wrapped it in. The answer carries the store's position after the command
 * ({@link ReadYourWritesInterceptor#HEADER}), for a read that must show its effect.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    public CommandSender(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    public <R> R send(Object command, HttpServletRequest request) {
        return send(command, request, AuditMetadata.Source.REST, MetaData.emptyInstance());
    }

    /** As {@link #send(Object, HttpServletRequest)}, with more metadata (e.g. {@code EnteringHistory}) next to the audit's. */
    public <R> R send(Object command, HttpServletRequest request, MetaData more) {
        return send(command, request, AuditMetadata.Source.REST, more);
    }

    /** For a command that came through another channel (a page's form), with more metadata next to the audit's. */
    public <R> R send(Object command, HttpServletRequest request, AuditMetadata.Source source, MetaData more) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            throw new IllegalStateException("a command endpoint was reached without authentication");
        }
        R answer;
        try {
            answer = commandGateway.sendAndWait(command, AuditMetadata.of(caller.getName(),
                    ApiAccess.actingRole(request, caller), source).mergedWith(more));
        } catch (RuntimeException failure) {
            throw CommandFailures.unwrap(failure);
        }
        // the position that includes this command's events, for a read that must show them (read-your-writes)
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader(ReadYourWritesInterceptor.HEADER, String.valueOf(readYourWrites.position()));
        }
        return answer;
    }
}
