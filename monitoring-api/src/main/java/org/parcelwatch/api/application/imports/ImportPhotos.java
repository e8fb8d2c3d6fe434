package org.parcelwatch.api.application.imports;

import java.util.List;
import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.CompletionRequest;
import org.parcelwatch.api.application.forms.PatrolRequest;
import org.parcelwatch.api.application.forms.StartRequest;
import org.springframework.stereotype.Component;

/**
 * The photos of an import: a seed file's {@code evidence} list is taken in through the same {@link EvidenceService}
 * as {@code POST /api/v1/evidence} (type from the bytes, decoded to the end, EXIF read, stored once by SHA-256, so a
 * second import stores nothing new), and a patrol, start or completion that names photos by hash gets them from the
 * store as the endpoint's command does (an unknown hash is refused {@code EVIDENCE_UNKNOWN}).
 */
@Component
class ImportPhotos {

    /** The action name a refused photo is reported under; its record index is its place in the evidence list. */
    static final String EVIDENCE = "evidence";

    private final EvidenceService evidence;

    ImportPhotos(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /**
     * Stores one photo of a file's evidence list, as uploaded by {@code actor}.
     *
     * @return the refusal, or null when the photo is stored (now, or before: the same bytes are the same photo)
     */
    ImportRefusal takeIn(SeedFile file, SeedFile.Photo photo, String actor) {
        if (photo.problem() != null) {
            return refusal(file, photo, "MALFORMED_RECORD", photo.problem());
        }
        String hash = SeedFile.sha256(photo.bytes());
        if (!hash.equalsIgnoreCase(photo.sha256())) {
            return refusal(file, photo, "MALFORMED_RECORD", "the photo's bytes have the SHA-256 " + hash + ", not "
                    + photo.sha256() + " as the file names it");
        }
        try {
            evidence.upload(photo.bytes(), actor);
            return null;
        } catch (org.parcelwatch.api.application.evidence.EvidenceRefusedException refused) {
            return refusal(file, photo, refused.reason().code(), refused.getMessage());
        }
    }

    /**
     * The command of an action, with the photos it names as the evidence store knows them (patrols: EXIF time and
     * position, for the plausibility check).
     *
     * @throws org.parcelwatch.api.application.evidence.EvidenceRefusedException when a named photo is not stored
     */
    Object command(SeedAction action, String parcelId) {
        if (action.request() instanceof PatrolRequest patrol && named(patrol.photos())) {
            return patrol.toCommand(parcelId, evidence.patrolPhotos(patrol.photos()));
        }
        if (action.request() instanceof StartRequest start && named(start.photos())) {
            return start.toCommand(parcelId, evidence.knownHashes(start.photos()));
        }
        if (action.request() instanceof CompletionRequest completion && named(completion.photos())) {
            return completion.toCommand(parcelId, evidence.knownHashes(completion.photos()));
        }
        return action.command();
    }

    private static boolean named(List<String> photos) {
        return photos != null && !photos.isEmpty();
    }

    private static ImportRefusal refusal(SeedFile file, SeedFile.Photo photo, String code, String reason) {
        return new ImportRefusal(file.name(), null, photo.index(), null, EVIDENCE, null, code,
                (photo.name() == null ? "" : photo.name() + ": ") + reason);
    }
}
