package org.parcelwatch.api.web.parcel;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.api.application.CommandFailures;
import org.parcelwatch.api.web.security.ApiAccess;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command for the caller of the current request: with the audit metadata of DESIGN §4 (user, the
 * role the endpoint was called in, source REST), waiting for the aggregate's answer, and with a refusal
 * unwrapped from whatever Axon wrapped it in.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            throw new IllegalStateException("a command endpoint was reached without authentication");
        }
        try {
            return commandGateway.sendAndWait(command, AuditMetadata.of(caller.getName(),
                    ApiAccess.actingRole(request, caller), AuditMetadata.Source.REST));
        } catch (RuntimeException failure) {
            throw CommandFailures.unwrap(failure);
        }
    }
}
