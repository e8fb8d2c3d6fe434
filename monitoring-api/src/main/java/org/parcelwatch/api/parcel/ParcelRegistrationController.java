package org.parcelwatch.api.parcel;

import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Registration of a supplied parcel (DESIGN §4, {@code POST /parcels}). */
@RestController
@RequestMapping("/api/v1/parcels")
public class ParcelRegistrationController {

    private final CommandGateway commandGateway;

    public ParcelRegistrationController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    public ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegisterParcelRequest request) {
        commandGateway.sendAndWait(request.toCommand());
        URI location = UriComponentsBuilder.fromPath("/api/v1/parcels/{id}")
                                           .buildAndExpand(request.parcelId()).encode().toUri();
        return ResponseEntity.created(location).body(new RegistrationResponse(request.parcelId()));
    }

    public record RegistrationResponse(String parcelId) {
    }
}
